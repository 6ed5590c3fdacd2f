package id.go.mpp.sinergi.complaint.domain.statistics;

import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.calendar.WorkingDayCalendar;
import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics.Counts;
import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics.Figures;
import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics.FollowUp;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintStatisticsTest {

    /** March 2027: Nyepi on Monday 8, Idul Fitri on Wednesday 10 and Thursday 11, Good Friday on the 26th. */
    private static final WorkingDayCalendar MARCH_2027 = WorkingDayCalendar.of(List.of(LocalDate.parse("2027-03-08"),
            LocalDate.parse("2027-03-10"), LocalDate.parse("2027-03-11"), LocalDate.parse("2027-03-26")));
    private static final ComplaintDeadlines KOTA_JAMBI = new ComplaintDeadlines(MARCH_2027,
            IndonesianTimeZone.WIB.zone());

    @Test
    void aFollowUpCountsTheWorkingDaysAfterItsStartDaySkippingWeekendsAndHolidays() {
        // Friday 5 March → Tuesday 9 March: Saturday, Sunday and Nyepi on Monday do not count.
        FollowUp overTheLongWeekend = new FollowUp("imigrasi", wib("2027-03-05T10:00"), wib("2027-03-09T10:00"));
        // Wednesday 3 → Tuesday 16 March: 4, 5, 9, 12, 15, 16 (Idul Fitri on 10 and 11).
        FollowUp late = new FollowUp("imigrasi", wib("2027-03-03T10:00"), wib("2027-03-16T10:00"));
        // Answered on the day of the disposition: no working day taken.
        FollowUp sameDay = new FollowUp("imigrasi", wib("2027-03-01T08:00"), wib("2027-03-01T15:00"));

        ComplaintStatistics.Report report = ComplaintStatistics.of(
                List.of(new Counts("imigrasi", 3, 3, 3, 2, 0)), List.of(overTheLongWeekend, late, sameDay),
                KOTA_JAMBI);

        assertThat(report.agencies()).singleElement().satisfies(f -> {
            assertThat(f.medianWorkingDaysToFollowUp()).isEqualTo(new BigDecimal("1.0"));
            assertThat(f.respondedInTimeShare()).isEqualTo(new BigDecimal("0.667"));
        });
    }

    @Test
    void daysAreTheMppsLocalDaysNotUtcDays() {
        // 23:30 WIT on Friday is still Friday in Jayapura (14:30 UTC); the response at 07:30 WIT on Monday is the
        // next working day there. In WIB the start is Friday 21:30 and the end Monday 05:30: one working day too.
        // A start at 00:30 WIT on Monday is Sunday 15:30 UTC: in WIT it is Monday, so Monday's response took 0.
        ComplaintDeadlines jayapura = new ComplaintDeadlines(WorkingDayCalendar.weekendsOnly(),
                IndonesianTimeZone.WIT.zone());
        FollowUp fridayNight = new FollowUp("bpjs", at("2027-04-02T23:30", IndonesianTimeZone.WIT.zone()),
                at("2027-04-05T07:30", IndonesianTimeZone.WIT.zone()));
        FollowUp mondayEarly = new FollowUp("bpjs", at("2027-04-05T00:30", IndonesianTimeZone.WIT.zone()),
                at("2027-04-05T16:00", IndonesianTimeZone.WIT.zone()));

        assertThat(ComplaintStatistics.of(List.of(), List.of(fridayNight), jayapura).total()
                .medianWorkingDaysToFollowUp()).isEqualTo(new BigDecimal("1.0"));
        assertThat(ComplaintStatistics.of(List.of(), List.of(mondayEarly), jayapura).total()
                .medianWorkingDaysToFollowUp()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void agenciesAreSortedByCodeWithTriageLastAndTheTotalAddsThemUp() {
        List<Counts> counts = List.of(
                new Counts(null, 4, 1, 0, 0, 0),
                new Counts("imigrasi", 3, 3, 3, 2, 1),
                new Counts("dukcapil", 1, 1, 1, 1, 0));
        List<FollowUp> followUps = List.of(
                new FollowUp("imigrasi", wib("2027-03-02T10:00"), wib("2027-03-04T10:00")),   // 2
                new FollowUp("imigrasi", wib("2027-03-03T10:00"), wib("2027-03-16T10:00")),   // 6
                new FollowUp("imigrasi", wib("2027-03-12T10:00"), wib("2027-03-16T10:00")),   // 2
                new FollowUp("dukcapil", wib("2027-03-01T10:00"), wib("2027-03-04T10:00")));  // 3

        ComplaintStatistics.Report report = ComplaintStatistics.of(counts, followUps, KOTA_JAMBI);

        assertThat(report.agencies()).extracting(Figures::agencyCode).containsExactly("dukcapil", "imigrasi", null);
        assertThat(report.agencies().get(0)).isEqualTo(new Figures("dukcapil", 1, 1, 1, 1,
                new BigDecimal("1.000"), new BigDecimal("3.0"), 0));
        assertThat(report.agencies().get(1)).isEqualTo(new Figures("imigrasi", 3, 3, 3, 2,
                new BigDecimal("0.667"), new BigDecimal("2.0"), 1));
        assertThat(report.agencies().get(2)).as("triage: nothing responded, so no share and no median")
                .isEqualTo(new Figures(null, 4, 1, 0, 0, null, null, 0));
        assertThat(report.total()).isEqualTo(new Figures(null, 8, 5, 4, 3,
                new BigDecimal("0.750"), new BigDecimal("2.5"), 1));
    }

    @Test
    void nothingReceivedIsAllZeroWithoutSharesOrMedians() {
        ComplaintStatistics.Report report = ComplaintStatistics.of(List.of(), List.of(), KOTA_JAMBI);

        assertThat(report.agencies()).isEmpty();
        assertThat(report.total()).isEqualTo(new Figures(null, 0, 0, 0, 0, null, null, 0));
    }

    @Test
    void sharesRoundHalfUpToThreeDecimals() {
        assertThat(ComplaintStatistics.share(1, 8)).isEqualTo(new BigDecimal("0.125"));
        assertThat(ComplaintStatistics.share(1, 16)).isEqualTo(new BigDecimal("0.063"));
        assertThat(ComplaintStatistics.share(0, 5)).isEqualTo(new BigDecimal("0.000"));
        assertThat(ComplaintStatistics.share(0, 0)).isNull();
    }

    private static Instant wib(String localDateTime) {
        return at(localDateTime, IndonesianTimeZone.WIB.zone());
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
