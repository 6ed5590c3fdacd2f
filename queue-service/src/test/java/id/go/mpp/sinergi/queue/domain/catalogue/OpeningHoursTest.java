package id.go.mpp.sinergi.queue.domain.catalogue;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {

    private static final ZoneId WIB = IndonesianTimeZone.WIB.zone();
    private final OpeningHours jambi = new OpeningHours(
            Map.of(DayOfWeek.MONDAY, new OpeningHours.Hours(LocalTime.of(8, 0), LocalTime.of(15, 0)),
                    DayOfWeek.SATURDAY, new OpeningHours.Hours(LocalTime.of(8, 0), LocalTime.of(12, 0))),
            Set.of(LocalDate.of(2026, 12, 28)));

    @Test
    void openTimesAreReadInTheMppsTimeZone() {
        // Monday 23 Nov 2026 01:30 UTC is 08:30 WIB.
        assertThat(jambi.at(Instant.parse("2026-11-23T01:30:00Z"), WIB)).isEqualTo(OpeningHours.Status.OPEN);
        // 00:59 UTC is 07:59 WIB: not yet.
        assertThat(jambi.at(Instant.parse("2026-11-23T00:59:00Z"), WIB)).isEqualTo(OpeningHours.Status.OUTSIDE_HOURS);
        // 08:00 UTC is 15:00 WIB: closing time is exclusive.
        assertThat(jambi.at(Instant.parse("2026-11-23T08:00:00Z"), WIB)).isEqualTo(OpeningHours.Status.OUTSIDE_HOURS);
    }

    @Test
    void theSameInstantIsAnotherLocalDayInAnotherZone() {
        // Sunday 22 Nov 2026 23:30 UTC is Monday 08:30 in WIT (UTC+9) but Monday 06:30 in WIB.
        Instant instant = Instant.parse("2026-11-22T23:30:00Z");
        assertThat(jambi.at(instant, IndonesianTimeZone.WIT.zone())).isEqualTo(OpeningHours.Status.OPEN);
        assertThat(jambi.at(instant, WIB)).isEqualTo(OpeningHours.Status.OUTSIDE_HOURS);
    }

    @Test
    void daysWithoutHoursAndClosedDaysAreNamedAsSuch() {
        assertThat(jambi.at(Instant.parse("2026-11-24T02:00:00Z"), WIB)).isEqualTo(OpeningHours.Status.NOT_A_WORKING_DAY);
        assertThat(jambi.at(Instant.parse("2026-12-28T02:00:00Z"), WIB)).isEqualTo(OpeningHours.Status.CLOSED_DAY);
    }

    @Test
    void hoursMustOpenBeforeTheyClose() {
        assertThatThrownBy(() -> new OpeningHours.Hours(LocalTime.of(15, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotaSharesAreBoundedAndAddUp() {
        assertThat(new DailyQuota(200, 50, 35).total()).isEqualTo(285);
        assertThatThrownBy(() -> new DailyQuota(-1, 0, 0)).hasMessageContaining("regular");
        assertThatThrownBy(() -> new DailyQuota(0, 0, DailyQuota.MAX_SHARE + 1)).hasMessageContaining("online");
    }
}
