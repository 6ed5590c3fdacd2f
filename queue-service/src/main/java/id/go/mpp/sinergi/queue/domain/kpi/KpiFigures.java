package id.go.mpp.sinergi.queue.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPIs of a set of tickets (a day, an agency, a service, or all of a report's scope). One ticket is one
 * step of a visit: a visit transferred from Imigrasi to Dukcapil is a ticket of each service.
 *
 * <ul>
 *   <li>{@code arrived}: tickets issued. Each service counts every arrival into its queue, transfers included,
 *       so at agency or MPP level a transferred visit counts once per service it queued for; {@code visits}
 *       counts distinct visits (people) instead.</li>
 *   <li>{@code served}: COMPLETED with outcome SERVED; {@code notServed}: COMPLETED with NOT_SERVED;
 *       {@code noShows}: NO_SHOW; {@code transferredOut}: TRANSFERRED.</li>
 *   <li>Waiting time: first call ({@code called_at}) − place in the line ({@code queue_since}, the arrival or,
 *       for a booked visitor on time, the appointment), for tickets that were called; never negative (a booked
 *       visitor called before the appointment waited 0). {@code averageWaitSeconds} and {@code maxWaitSeconds}
 *       over {@code waitsMeasured} tickets, null when none.</li>
 *   <li>Service time: {@code completed_at} − start of service ({@code service_started_at}, or the call when the
 *       ticket was completed straight from CALLED), for COMPLETED tickets (served or not);
 *       {@code averageServiceSeconds} and {@code maxServiceSeconds} over {@code servicesMeasured} tickets.</li>
 *   <li>Service-level target: {@code overSlaShare} = {@code overSla} / {@code slaJudged}. Every called ticket
 *       is judged, against its own service's {@code sla_minutes}: over target when it waited longer. A ticket
 *       never called and still WAITING is judged only once its wait so far (until now, or until the end of its
 *       MPP-local day when that day is over) exceeds the target, and then counts as over target; one still
 *       within the target is not judged yet. Null when nothing was judged.</li>
 * </ul>
 * Times are whole seconds rounded half up; the share is a fraction 0–1 rounded half up to 4 decimals.
 */
public record KpiFigures(long arrived, long visits, long served, long notServed, long noShows, long transferredOut,
                         long waitsMeasured, Long averageWaitSeconds, Long maxWaitSeconds,
                         long servicesMeasured, Long averageServiceSeconds, Long maxServiceSeconds,
                         long slaJudged, long overSla, Double overSlaShare) {

    public static KpiFigures of(KpiTally t) {
        return new KpiFigures(t.arrived(), t.visits(), t.served(), t.notServed(), t.noShows(), t.transferredOut(),
                t.waits(), average(t.waitSeconds(), t.waits()), seconds(t.maxWaitSeconds()),
                t.services(), average(t.serviceSeconds(), t.services()), seconds(t.maxServiceSeconds()),
                t.slaJudged(), t.overSla(), share(t.overSla(), t.slaJudged()));
    }

    static Long average(double sumSeconds, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sumSeconds).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static Long seconds(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static Double share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
