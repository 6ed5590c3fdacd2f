package id.go.mpp.sinergi.queue.domain.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KPIs of an MPP (or of one agency or service there) over a range of MPP-local days: the {@code total}, one
 * entry per day of the range (days without tickets included, with zeros), per agency and per service of the
 * scope (also with zeros), and the busiest hours. A ticket belongs to the MPP-local day it was issued on
 * ({@code service_date}) and to the agency and service it queued for. See {@link KpiFigures} for the
 * definitions.
 *
 * @param agency  the agency the report is limited to, or null for the whole MPP
 * @param service the service the report is limited to, or null
 */
public record KpiReport(String mpp, String timeZone, LocalDate from, LocalDate to, int days, String agency,
                        String service, KpiFigures total, List<DayKpis> byDay, List<AgencyKpis> byAgency,
                        List<ServiceKpis> byService, BusiestHours busiestHours) {

    public record DayKpis(LocalDate date, KpiFigures kpis) {
    }

    public record AgencyKpis(String agency, KpiFigures kpis) {
    }

    /** {@code slaMinutes}: the service's waiting-time target, null if the service left the catalogue. */
    public record ServiceKpis(String service, String agency, Integer slaMinutes, KpiFigures kpis) {
    }

    /** Arrivals (tickets issued) per MPP-local hour of day over the range; {@code top}: the hour(s) with the most. */
    public record BusiestHours(List<HourArrivals> byHour, List<Integer> top, long peakArrivals) {
    }

    public record HourArrivals(int hour, long arrivals) {
    }

    /** A service of the report's scope, from the catalogue. */
    public record ServiceRef(String code, String agency, int slaMinutes) {
    }

    /** The database's sums: for the whole scope, per day, per agency and per service (missing = no tickets). */
    public record Tallies(KpiTally total, Map<LocalDate, KpiTally> byDay, Map<String, KpiTally> byAgency,
                          Map<String, KpiTally> byService) {
    }

    /**
     * @param agencies        agencies of the scope, in display order
     * @param services        services of the scope, in display order
     * @param arrivalsByHour  tickets issued per MPP-local hour (0–23); missing hours had none
     */
    public static KpiReport assemble(String mpp, String timeZone, KpiRange range, String agency, String service,
                                     Tallies tallies, List<String> agencies, List<ServiceRef> services,
                                     Map<Integer, Long> arrivalsByHour) {
        List<DayKpis> byDay = range.eachDay().stream()
                .map(day -> new DayKpis(day, figures(tallies.byDay().get(day))))
                .toList();

        Set<String> agencyCodes = new LinkedHashSet<>(agencies);
        tallies.byAgency().keySet().stream().sorted().forEach(agencyCodes::add);
        List<AgencyKpis> byAgency = agencyCodes.stream()
                .map(code -> new AgencyKpis(code, figures(tallies.byAgency().get(code))))
                .toList();

        List<ServiceKpis> byService = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (ServiceRef ref : services) {
            if (listed.add(ref.code())) {
                byService.add(new ServiceKpis(ref.code(), ref.agency(), ref.slaMinutes(),
                        figures(tallies.byService().get(ref.code()))));
            }
        }
        tallies.byService().keySet().stream().sorted().filter(listed::add).forEach(code ->
                byService.add(new ServiceKpis(code, null, null, figures(tallies.byService().get(code)))));

        return new KpiReport(mpp, timeZone, range.from(), range.to(), range.days(), agency, service,
                figures(tallies.total()), byDay, byAgency, List.copyOf(byService), busiestHours(arrivalsByHour));
    }

    /** All 24 hours in order; the top hours are those with the most arrivals (none when nobody arrived). */
    public static BusiestHours busiestHours(Map<Integer, Long> arrivalsByHour) {
        List<HourArrivals> hours = new ArrayList<>(24);
        long peak = 0;
        for (int hour = 0; hour < 24; hour++) {
            long arrivals = arrivalsByHour.getOrDefault(hour, 0L);
            hours.add(new HourArrivals(hour, arrivals));
            peak = Math.max(peak, arrivals);
        }
        long max = peak;
        List<Integer> top = max == 0 ? List.of()
                : hours.stream().filter(h -> h.arrivals() == max).map(HourArrivals::hour).toList();
        return new BusiestHours(List.copyOf(hours), top, peak);
    }

    private static KpiFigures figures(KpiTally tally) {
        return KpiFigures.of(tally == null ? KpiTally.ZERO : tally);
    }
}
