package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.core.batch.Columns;
import id.go.mpp.sinergi.core.batch.GroupCommit;
import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.queue.QueueConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes new bookings: the citizen's active-booking check, the claim of a free unit, the booking row and its
 * {@code booking-created} outbox row, as one statement on the reactive pool (no Hibernate session).
 *
 * <p><b>Group commit.</b> Every transaction that writes outbox rows NOTIFYs the relay, and PostgreSQL serialises
 * the commits of notifying transactions (a database-wide lock from pre-commit until the commit is durable), so one
 * booking per transaction caps a rush at about one booking per WAL flush (≈ 230/s measured on the development
 * machine, with {@code Lock:object} the top wait in {@code pg_stat_activity}). Attempts that arrive while a
 * statement is running therefore wait and go together in the next statement ({@link GroupCommit}, at most
 * {@code sinergi.queue.booking.batch-size}): one commit, one flush and one notification for all of them. In a rush,
 * while a full batch waits, up to {@code sinergi.queue.booking.writers} statements run at once: they claim
 * different units ({@code for update skip locked}) and never hold the same citizen's attempts.
 *
 * <p>Each attempt gets its own answer. A citizen's second attempt for the same service-day waits for the next
 * statement, so the answer is the one a sequential order would give. If a batch fails as a whole (e.g. another
 * instance booked for the same citizen at the same moment and the unique index refused it), every attempt of it is
 * written again on its own, so one attempt never decides another's answer.
 */
@ApplicationScoped
public class BookingWriter {

    /** What became of a booking attempt. */
    public enum Booked {
        BOOKED, SLOT_FULL, ALREADY_HELD
    }

    /** One attempt, written alone: answers (held, booked). Row locks live for the statement only. */
    static final String ONE = ("""
            with held as (
                select 1 from booking
                where citizen_id = ?9 and mpp_code = ?1 and service_code = ?2 and service_date = ?3
                  and status in ('PENDING', 'CONFIRMED')
                limit 1),
            claimed as (%s returning booking_id),
            booked as (
                insert into booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date,
                                     slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules,
                                     created_at, confirm_by, version)
                select booking_id, ?6, ?7, ?1, ?8, ?2, ?9, ?3, ?4, ?10, ?11, ?12, 'PENDING', 0, ?13, ?14, 0
                from claimed
                returning id),
            published as (%s returning event_id)
            select exists (select 1 from held), (select count(*) from published)"""
            .formatted(BookingSlots.CLAIM_UNIT.formatted(" and not exists (select 1 from held)"),
                    Outbox.insertSelect("booked", 15)))
            .replace('?', '$');

    /**
     * Many attempts (arrays, one element per attempt, at most one per citizen and service-day): those whose
     * citizen holds no active booking for the service-day take the first free units of their slot, in arrival
     * order ({@code i}); answers each attempt's index with BOOKED, SLOT_FULL or ALREADY_HELD.
     */
    static final String MANY = """
            with attempt as (
                select * from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::time[], $6::uuid[], $7::text[],
                                     $8::uuid[], $9::text[], $10::text[], $11::time[], $12::timestamptz[],
                                     $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::uuid[],
                                     $17::text[], $18::text[], $19::text[], $20::text[], $21::text[],
                                     $22::timestamptz[])
                    as a(i, mpp_code, service_code, service_date, slot_start, booking_id, code, visit_id, agency_code,
                         citizen_id, slot_end, slot_starts_at, slot_ends_at, created_at, confirm_by, event_id, topic,
                         aggregate_id, event_type, subject, payload, occurred_at)),
            eligible as (
                select a.*, row_number() over (partition by mpp_code, service_code, service_date, slot_start order by i) as n
                from attempt a
                where not exists (select 1 from booking b
                                  where b.citizen_id = a.citizen_id and b.mpp_code = a.mpp_code
                                    and b.service_code = a.service_code and b.service_date = a.service_date
                                    and b.status in ('PENDING', 'CONFIRMED'))),
            wanted as (
                select mpp_code, service_code, service_date, slot_start, count(*) as n from eligible group by 1, 2, 3, 4),
            free as (
                select u.*, row_number() over (partition by u.mpp_code, u.service_code, u.service_date, u.slot_start
                                               order by u.seq) as n
                from wanted w cross join lateral (
                    select s.mpp_code, s.service_code, s.service_date, s.slot_start, s.seq from booking_slot s
                    where s.mpp_code = w.mpp_code and s.service_code = w.service_code
                      and s.service_date = w.service_date and s.slot_start = w.slot_start and s.booking_id is null
                    order by s.seq limit w.n
                    for update skip locked) u),
            claimed as (
                update booking_slot s set booking_id = e.booking_id
                from free f join eligible e using (mpp_code, service_code, service_date, slot_start, n)
                where (s.mpp_code, s.service_code, s.service_date, s.slot_start, s.seq)
                    = (f.mpp_code, f.service_code, f.service_date, f.slot_start, f.seq)
                returning s.booking_id),
            booked as (
                insert into booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date,
                                     slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules,
                                     created_at, confirm_by, version)
                select e.booking_id, e.code, e.visit_id, e.mpp_code, e.agency_code, e.service_code, e.citizen_id,
                       e.service_date, e.slot_start, e.slot_end, e.slot_starts_at, e.slot_ends_at, 'PENDING', 0,
                       e.created_at, e.confirm_by, 0
                from eligible e join claimed c on c.booking_id = e.booking_id
                returning id),
            event as (select e.* from eligible e join booked b on b.id = e.booking_id),
            published as (%s returning event_id)
            select a.i, case when a.booking_id in (select id from booked) then 'BOOKED'
                             when a.i in (select i from eligible) then 'SLOT_FULL'
                             else 'ALREADY_HELD' end
            from attempt a order by a.i""".formatted(Outbox.insertFrom("event"));

    private record Attempt(Booking booking, Outbox.Row event) {

        String citizenDay() {
            return booking.citizenId + "|" + booking.mppCode + "|" + booking.serviceCode + "|" + booking.serviceDate;
        }
    }

    private final Pool pool;
    private final BookingSlots slots;
    private final GroupCommit<Attempt, Booked> commits;

    public BookingWriter(Pool pool, BookingSlots slots, QueueConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.slots = slots;
        DistributionSummary sizes = DistributionSummary.builder("sinergi.queue.booking.statement.attempts")
                .description("Booking attempts written per statement (group commit)").register(registry);
        Timer times = Timer.builder("sinergi.queue.booking.statement.time")
                .description("Time of one booking statement, from sending it to its answer").register(registry);
        DistributionSummary running = DistributionSummary.builder("sinergi.queue.booking.statements.running")
                .description("Booking statements running when one starts, itself included (above 1 only in a rush)")
                .register(registry);
        Timer waits = Timer.builder("sinergi.queue.booking.statement.wait")
                .description("Time a booking attempt waited for the start of its statement").register(registry);
        Counter fallbacks = Counter.builder("sinergi.queue.booking.statement.fallbacks")
                .description("Booking batches that failed as a whole and were written again attempt by attempt")
                .register(registry);
        this.commits = new GroupCommit<>("bookings", config.booking().batchSize(), config.booking().writers(),
                Attempt::citizenDay, this::many,
                this::one, new GroupCommit.Listener() {
                    @Override
                    public void written(int size, long nanos) {
                        sizes.record(size);
                        times.record(nanos, TimeUnit.NANOSECONDS);
                    }

                    @Override
                    public void splitUp(int size, Throwable failure) {
                        fallbacks.increment();
                    }

                    @Override
                    public void started(int statements) {
                        running.record(statements);
                    }

                    @Override
                    public void waited(long nanos) {
                        waits.record(nanos, TimeUnit.NANOSECONDS);
                    }
                });
    }

    /** Books {@code booking} (status PENDING, not persisted yet) with its event. */
    public Uni<Booked> book(Booking booking, Outbox.Row event) {
        return commits.submit(new Attempt(booking, event)).invoke(booked ->
                slots.attempted(booking.mppCode, booking.serviceCode, booking.serviceDate, booking.slotStart, booked));
    }

    private Uni<Booked> one(Attempt attempt) {
        Booking b = attempt.booking;
        List<Object> values = new ArrayList<>(Arrays.asList(b.mppCode, b.serviceCode, b.serviceDate, b.slotStart,
                b.id, b.code, b.visitId, b.agencyCode, b.citizenId, b.slotEnd, utc(b.slotStartsAt), utc(b.slotEndsAt),
                utc(b.createdAt), utc(b.confirmBy)));
        values.addAll(attempt.event.values());
        return pool.preparedQuery(ONE).execute(Tuple.from(values)).map(rows -> {
            Row row = rows.iterator().next();
            if (row.getBoolean(0)) {
                return Booked.ALREADY_HELD;
            }
            return row.getLong(1) > 0 ? Booked.BOOKED : Booked.SLOT_FULL;
        });
    }

    private Uni<List<Booked>> many(List<Attempt> batch) {
        List<Booking> b = batch.stream().map(Attempt::booking).toList();
        List<Outbox.Row> e = batch.stream().map(Attempt::event).toList();
        Integer[] index = new Integer[batch.size()];
        Arrays.setAll(index, k -> k);
        Tuple values = Tuple.from(Arrays.asList(index,
                Columns.of(b, x -> x.mppCode, String[]::new),
                Columns.of(b, x -> x.serviceCode, String[]::new),
                Columns.of(b, x -> x.serviceDate, LocalDate[]::new),
                Columns.of(b, x -> x.slotStart, LocalTime[]::new),
                Columns.of(b, x -> x.id, UUID[]::new),
                Columns.of(b, x -> x.code, String[]::new),
                Columns.of(b, x -> x.visitId, UUID[]::new),
                Columns.of(b, x -> x.agencyCode, String[]::new),
                Columns.of(b, x -> x.citizenId, String[]::new),
                Columns.of(b, x -> x.slotEnd, LocalTime[]::new),
                Columns.of(b, x -> utc(x.slotStartsAt), OffsetDateTime[]::new),
                Columns.of(b, x -> utc(x.slotEndsAt), OffsetDateTime[]::new),
                Columns.of(b, x -> utc(x.createdAt), OffsetDateTime[]::new),
                Columns.of(b, x -> utc(x.confirmBy), OffsetDateTime[]::new),
                Columns.of(e, Outbox.Row::eventId, UUID[]::new),
                Columns.of(e, Outbox.Row::topic, String[]::new),
                Columns.of(e, Outbox.Row::aggregateId, String[]::new),
                Columns.of(e, Outbox.Row::type, String[]::new),
                Columns.of(e, Outbox.Row::subject, String[]::new),
                Columns.of(e, Outbox.Row::payload, String[]::new),
                Columns.of(e, Outbox.Row::occurredAt, OffsetDateTime[]::new)));
        return pool.preparedQuery(MANY).execute(values).map(rows -> {
            Booked[] answers = new Booked[batch.size()];
            for (Row row : rows) {
                answers[row.getInteger(0)] = Booked.valueOf(row.getString(1));
            }
            return Arrays.asList(answers);
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
