package id.go.mpp.sinergi.queue.domain.catalogue;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WalkInRulesTest {

    @Test
    void anOpenMppWithAnActiveServiceIssues() {
        assertThat(WalkInRules.beforeIssue(OpeningHours.Status.OPEN, true)).isEmpty();
    }

    @Test
    void eachReasonToRefuseIsNamed() {
        assertThat(WalkInRules.beforeIssue(OpeningHours.Status.CLOSED_DAY, true)).contains(WalkInRules.Refusal.CLOSED_DAY);
        assertThat(WalkInRules.beforeIssue(OpeningHours.Status.OUTSIDE_HOURS, true)).contains(WalkInRules.Refusal.OUTSIDE_HOURS);
        assertThat(WalkInRules.beforeIssue(OpeningHours.Status.NOT_A_WORKING_DAY, true))
                .contains(WalkInRules.Refusal.NOT_A_WORKING_DAY);
        assertThat(WalkInRules.beforeIssue(OpeningHours.Status.OPEN, false)).contains(WalkInRules.Refusal.SERVICE_INACTIVE);
    }

    @Test
    void theWalkInShareOfTheLineIsTheLimitNotTheWholeQuota() {
        DailyQuota quota = new DailyQuota(2, 1, 50);
        assertThat(WalkInRules.withinQuota(2, quota, false)).isEmpty();
        assertThat(WalkInRules.withinQuota(3, quota, false)).contains(WalkInRules.Refusal.QUOTA_EXHAUSTED);
        assertThat(WalkInRules.withinQuota(1, quota, true)).isEmpty();
        assertThat(WalkInRules.withinQuota(2, quota, true)).contains(WalkInRules.Refusal.QUOTA_EXHAUSTED);
        assertThat(WalkInRules.withinQuota(1, new DailyQuota(0, 5, 5), false)).contains(WalkInRules.Refusal.QUOTA_EXHAUSTED);
    }

    @Test
    void closingAtMidnightMeansOpenUntilTheEndOfTheDay() {
        OpeningHours allDay = new OpeningHours(Map.of(DayOfWeek.MONDAY,
                new OpeningHours.Hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), Set.of());
        // Monday 23:59:30 WIB
        assertThat(allDay.at(Instant.parse("2026-11-23T16:59:30Z"), IndonesianTimeZone.WIB.zone()))
                .isEqualTo(OpeningHours.Status.OPEN);
        assertThat(allDay.at(Instant.parse("2026-11-22T17:00:00Z"), IndonesianTimeZone.WIB.zone()))
                .isEqualTo(OpeningHours.Status.OPEN);
    }
}
