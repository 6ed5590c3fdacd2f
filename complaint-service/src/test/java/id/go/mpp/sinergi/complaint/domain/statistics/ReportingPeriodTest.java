package id.go.mpp.sinergi.complaint.domain.statistics;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDayAndEndsAtLocalMidnight() {
        ReportingPeriod february = ReportingPeriod.monthOf(LocalDate.parse("2028-02-14"));

        assertThat(february.from()).isEqualTo("2028-02-01");
        assertThat(february.to()).isEqualTo("2028-02-29");
        assertThat(february.start(IndonesianTimeZone.WIT.zone())).isEqualTo(Instant.parse("2028-01-31T15:00:00Z"));
        assertThat(february.end(IndonesianTimeZone.WIB.zone())).isEqualTo(Instant.parse("2028-02-29T17:00:00Z"));
    }

    @Test
    void aLeapYearIsTheLongestPeriod() {
        assertThat(new ReportingPeriod(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"))).isNotNull();
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2028-01-02")))
                .isInstanceOfSatisfying(ReportingPeriod.InvalidPeriod.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReportingPeriod.Refusal.TOO_LONG));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrOutsideTheSupportedYearsIsRefusedNamingTheEnd() {
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.parse("2027-03-02"), LocalDate.parse("2027-03-01")))
                .isInstanceOfSatisfying(ReportingPeriod.InvalidPeriod.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReportingPeriod.Refusal.TO_BEFORE_FROM));
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.parse("2019-12-31"), LocalDate.parse("2020-01-01")))
                .isInstanceOfSatisfying(ReportingPeriod.InvalidPeriod.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReportingPeriod.Refusal.FROM_OUT_OF_RANGE));
        assertThatThrownBy(() -> new ReportingPeriod(LocalDate.parse("2100-12-31"), LocalDate.parse("2101-01-01")))
                .isInstanceOfSatisfying(ReportingPeriod.InvalidPeriod.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReportingPeriod.Refusal.TO_OUT_OF_RANGE));
    }
}
