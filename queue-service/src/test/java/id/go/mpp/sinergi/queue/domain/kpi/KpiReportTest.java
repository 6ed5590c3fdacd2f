package id.go.mpp.sinergi.queue.domain.kpi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiReportTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    static KpiTally arrivals(long n) {
        return new KpiTally(n, n, 0, 0, 0, 0, 0, 0, null, 0, 0, null, 0, 0);
    }

    @Test
    void everyDayOfTheRangeIsListedWithZerosForDaysWithoutTickets() {
        KpiReport.Tallies tallies = new KpiReport.Tallies(arrivals(5),
                Map.of(MONDAY, arrivals(2), WEDNESDAY, arrivals(3)), Map.of(), Map.of());

        KpiReport report = KpiReport.assemble("kota-jambi", "Asia/Jakarta", new KpiRange(MONDAY, WEDNESDAY), null,
                null, tallies, List.of(), List.of(), Map.of());

        assertThat(report.days()).isEqualTo(3);
        assertThat(report.total().arrived()).isEqualTo(5);
        assertThat(report.byDay()).extracting(KpiReport.DayKpis::date)
                .containsExactly(MONDAY, MONDAY.plusDays(1), WEDNESDAY);
        assertThat(report.byDay()).extracting(d -> d.kpis().arrived()).containsExactly(2L, 0L, 3L);
        assertThat(report.byDay().get(1).kpis().averageWaitSeconds()).isNull();
    }

    @Test
    void agenciesAndServicesOfTheScopeAreListedEvenWithoutTickets() {
        KpiReport.Tallies tallies = new KpiReport.Tallies(arrivals(4), Map.of(MONDAY, arrivals(4)),
                Map.of("imigrasi", arrivals(3), "bpn", arrivals(1)),
                Map.of("paspor-baru", arrivals(3), "sertipikat", arrivals(1)));

        KpiReport report = KpiReport.assemble("kota-jambi", "Asia/Jakarta", new KpiRange(MONDAY, MONDAY), null, null,
                tallies, List.of("dukcapil", "imigrasi"),
                List.of(new KpiReport.ServiceRef("ktp-el", "dukcapil", 45),
                        new KpiReport.ServiceRef("paspor-baru", "imigrasi", 60)), Map.of());

        assertThat(report.byAgency()).extracting(KpiReport.AgencyKpis::agency)
                .containsExactly("dukcapil", "imigrasi", "bpn");
        assertThat(report.byAgency()).extracting(a -> a.kpis().arrived()).containsExactly(0L, 3L, 1L);
        assertThat(report.byService()).containsExactly(
                new KpiReport.ServiceKpis("ktp-el", "dukcapil", 45, KpiFigures.of(KpiTally.ZERO)),
                new KpiReport.ServiceKpis("paspor-baru", "imigrasi", 60, KpiFigures.of(arrivals(3))),
                new KpiReport.ServiceKpis("sertipikat", null, null, KpiFigures.of(arrivals(1))));
    }

    @Test
    void theBusiestHoursAreAllHoursWithTheMostArrivals() {
        KpiReport.BusiestHours hours = KpiReport.busiestHours(Map.of(8, 4L, 10, 7L, 13, 7L, 14, 1L));

        assertThat(hours.byHour()).hasSize(24);
        assertThat(hours.byHour().get(0)).isEqualTo(new KpiReport.HourArrivals(0, 0));
        assertThat(hours.byHour().get(10)).isEqualTo(new KpiReport.HourArrivals(10, 7));
        assertThat(hours.top()).containsExactly(10, 13);
        assertThat(hours.peakArrivals()).isEqualTo(7);
    }

    @Test
    void withoutArrivalsThereIsNoBusiestHour() {
        KpiReport.BusiestHours hours = KpiReport.busiestHours(Map.of());

        assertThat(hours.top()).isEmpty();
        assertThat(hours.peakArrivals()).isZero();
        assertThat(hours.byHour()).allMatch(h -> h.arrivals() == 0);
    }
}
