package id.go.mpp.sinergi.queue.domain.kpi;

/**
 * Raw sums over a set of tickets, as the database aggregates them; {@link KpiFigures#of} turns them into
 * averages and shares. Times are in seconds (fractions allowed); a max is null when nothing was measured.
 *
 * @param arrived           tickets issued (transfers into the service included)
 * @param visits            distinct visit ids among them
 * @param served            COMPLETED with outcome SERVED
 * @param notServed         COMPLETED with outcome NOT_SERVED
 * @param noShows           NO_SHOW
 * @param transferredOut    TRANSFERRED (the visit went on at another service)
 * @param waits             tickets that were called (their waiting time is known)
 * @param waitSeconds       sum of their waiting times
 * @param maxWaitSeconds    longest of them
 * @param services          COMPLETED tickets (their service time is known)
 * @param serviceSeconds    sum of their service times
 * @param maxServiceSeconds longest of them
 * @param slaJudged         tickets judged against their service's target (see {@link KpiFigures})
 * @param overSla           of those, the ones that waited longer than the target
 */
public record KpiTally(long arrived, long visits, long served, long notServed, long noShows, long transferredOut,
                       long waits, double waitSeconds, Double maxWaitSeconds,
                       long services, double serviceSeconds, Double maxServiceSeconds,
                       long slaJudged, long overSla) {

    public static final KpiTally ZERO = new KpiTally(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, null, 0, 0);
}
