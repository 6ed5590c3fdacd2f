package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.TicketStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Who waits for a service, how many counters serve it now, and how long its services recently took. */
@ApplicationScoped
public class WaitingLines {

    /** Recent services: the last 20 completed in the past 7 days. */
    static final String AVERAGE_SERVICE = """
            select avg(seconds) from (
                select extract(epoch from completed_at - coalesce(service_started_at, called_at)) as seconds
                from ticket
                where mpp_code = ?1 and service_code = ?2 and status = 'COMPLETED' and called_at is not null
                  and completed_at > ?3
                order by completed_at desc limit 20) recent""";

    static final String OPEN_COUNTERS = """
            select count(*) from counter_session s
            join counter c on c.mpp_code = s.mpp_code and c.code = s.counter_code
            where s.closed_at is null and s.mpp_code = ?1 and ?2 = any(c.services)""";

    public Uni<List<Ticket>> waiting(String mppCode, String serviceCode, LocalDate day) {
        return Ticket.list("mppCode = ?1 and serviceCode = ?2 and serviceDate = ?3 and status = ?4", mppCode, serviceCode,
                day, TicketStatus.WAITING);
    }

    /** Average length of recent services, or {@code fallback} (the catalogue's estimate) when there are none. */
    public Uni<Duration> averageService(String mppCode, String serviceCode, Instant now, Duration fallback) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AVERAGE_SERVICE, Object.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, now.minus(Duration.ofDays(7)))
                .getSingleResult()
                .map(avg -> average((Number) avg, fallback)));
    }

    /** The result of {@link #AVERAGE_SERVICE} in whole seconds, or {@code fallback} when there is none. */
    static Duration average(Number seconds, Duration fallback) {
        return seconds == null ? fallback : Duration.ofSeconds(Math.round(seconds.doubleValue()));
    }

    public Uni<Integer> openCounters(String mppCode, String serviceCode) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OPEN_COUNTERS, Long.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode)
                .getSingleResult().map(Long::intValue));
    }
}
