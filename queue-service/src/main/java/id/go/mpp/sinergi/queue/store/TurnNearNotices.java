package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.data.batch.Columns;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.TurnNear;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Which waiting tickets of a service's line may be told that their turn is near, and the telling: one statement
 * each, on the reactive pool (no Hibernate session: its plan cache never matches a native select, BOOKING.md), after
 * the change that moved the line committed. The rule is {@code TurnNear}; the design note is queue-service/DESIGN.md.
 */
@ApplicationScoped
public class TurnNearNotices {

    /** The service's settings, the inputs of the wait estimate, and the heads of its lines (empty when off). */
    public record Line(TurnNear.Settings settings, int openCounters, Duration averageService, int placesRead,
                       List<Waiting> heads) {
    }

    /** A waiting ticket as a turn-near check sees it; {@code notified}: told already. */
    public record Waiting(UUID id, UUID visitId, String number, String mppCode, String agencyCode, String serviceCode,
                          String citizenId, QueueLine line, Instant queueSince, Instant issuedAt, boolean notified) {
    }

    /** A ticket to tell, with the outbox row of its {@code ticket-turn-near} event. */
    public record Notice(UUID ticketId, Outbox.Row event) {
    }

    private static final String[] LINES = Arrays.stream(QueueLine.values()).map(Enum::name).toArray(String[]::new);

    /**
     * The first waiting tickets of each line of service $2 at MPP $1 on day $4 ($5: the lines), as far back as a
     * ticket can qualify: the places setting, or the places the open counters serve within the minutes setting at
     * the recent average service time (WaitingLines' statements, $3 = a week ago), at most $6. Nothing when both
     * settings are 0 or no counter serving the service is open. {@code setting} is materialized: inlined, the
     * average's statement ran once per use (measured: 6 times).
     */
    static final String LINE_HEADS = """
            with average as (%s),
            counters as (%s),
            setting as materialized (
                select s.turn_near_places as places, s.turn_near_minutes as minutes, s.service_minutes,
                       (select avg from average) as average_seconds, (select count from counters) as open_counters
                from service s
                where s.mpp_code = $1 and s.code = $2 and (s.turn_near_places > 0 or s.turn_near_minutes > 0)),
            reach as (
                select s.*, cast(least($6::int, greatest(s.places, case
                        when s.minutes = 0 then 0
                        when round(coalesce(s.average_seconds, s.service_minutes * 60)) = 0 then $6::int
                        else floor(s.minutes * 60.0 * s.open_counters
                                   / round(coalesce(s.average_seconds, s.service_minutes * 60)))
                    end)) as int) as places_read
                from setting s
                where s.open_counters > 0)
            select r.places, r.minutes, r.average_seconds, r.service_minutes, r.open_counters, r.places_read,
                   t.id, t.visit_id, t.number, t.mpp_code, t.agency_code, t.service_code, t.citizen_id, t.line,
                   t.queue_since, t.issued_at, exists (select 1 from ticket_turn_near n where n.ticket_id = t.id)
            from reach r
            cross join unnest($5::text[]) as l(line)
            cross join lateral (
                select w.* from ticket w
                where w.mpp_code = $1 and w.service_date = $4 and w.service_code = $2 and w.status = 'WAITING'
                  and w.line = l.line
                order by w.queue_since, w.issued_at
                limit r.places_read + 1) t""".formatted(forPool(WaitingLines.AVERAGE_SERVICE),
            forPool(WaitingLines.OPEN_COUNTERS));

    /**
     * Marks the tickets still waiting and not told yet, and writes their events, in one statement (one transaction):
     * a ticket told by a concurrent check, or called meanwhile, gets no second event. Marks in ticket order, so two
     * concurrent checks wait for each other instead of deadlocking.
     */
    static final String TELL = """
            with notice as (
                select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                     $8::timestamptz[])
                    as n(ticket_id, event_id, topic, aggregate_id, event_type, subject, payload, occurred_at)),
            marked as (
                insert into ticket_turn_near (ticket_id, notified_at)
                select n.ticket_id, n.occurred_at from notice n
                where exists (select 1 from ticket t where t.id = n.ticket_id and t.status = 'WAITING')
                order by n.ticket_id
                on conflict do nothing
                returning ticket_id),
            due as (
                select n.* from notice n join marked m on m.ticket_id = n.ticket_id)
            """ + Outbox.insertFrom("due");

    private final Pool pool;

    public TurnNearNotices(Pool pool) {
        this.pool = pool;
    }

    /** The line of a service on a day, as far back as a turn-near check needs it; null when nothing can qualify. */
    public Uni<Line> line(String mppCode, String serviceCode, LocalDate day, Instant now) {
        Tuple values = Tuple.from(Arrays.asList(mppCode, serviceCode, utc(now.minus(Duration.ofDays(7))), day, LINES,
                TurnNear.MAX_PLACES_LOOKED_AT));
        return pool.preparedQuery(LINE_HEADS).execute(values).map(rows -> {
            Line line = null;
            List<Waiting> heads = new ArrayList<>();
            for (Row row : rows) {
                if (line == null) {
                    Number average = row.getNumeric(2);
                    line = new Line(new TurnNear.Settings(row.getInteger(0), row.getInteger(1)),
                            row.getLong(4).intValue(),
                            WaitingLines.average(average, Duration.ofMinutes(row.getInteger(3))), row.getInteger(5),
                            heads);
                }
                heads.add(new Waiting(row.getUUID(6), row.getUUID(7), row.getString(8), row.getString(9),
                        row.getString(10), row.getString(11), row.getString(12), QueueLine.valueOf(row.getString(13)),
                        row.getOffsetDateTime(14).toInstant(), row.getOffsetDateTime(15).toInstant(),
                        row.getBoolean(16)));
            }
            return line;
        });
    }

    /** Tells {@code notices} (see {@link #TELL}); answers how many were told. */
    public Uni<Integer> tell(List<Notice> notices) {
        List<Outbox.Row> events = notices.stream().map(Notice::event).toList();
        Tuple values = Tuple.from(Arrays.asList(
                Columns.of(notices, Notice::ticketId, UUID[]::new),
                Columns.of(events, Outbox.Row::eventId, UUID[]::new),
                Columns.of(events, Outbox.Row::topic, String[]::new),
                Columns.of(events, Outbox.Row::aggregateId, String[]::new),
                Columns.of(events, Outbox.Row::type, String[]::new),
                Columns.of(events, Outbox.Row::subject, String[]::new),
                Columns.of(events, Outbox.Row::payload, String[]::new),
                Columns.of(events, Outbox.Row::occurredAt, OffsetDateTime[]::new)));
        return pool.preparedQuery(TELL).execute(values).map(rows -> rows.rowCount());
    }

    /** A statement of WaitingLines (Hibernate's {@code ?n} markers) with PostgreSQL's own {@code $n}. */
    private static String forPool(String statement) {
        return statement.replaceAll("\\?(\\d+)", "\\$$1");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
