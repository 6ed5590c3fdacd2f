package id.go.mpp.sinergi.queue.store.booking;

import id.go.mpp.sinergi.data.batch.Columns;
import id.go.mpp.sinergi.data.batch.GroupCommit;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.store.Booking;
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
 * Writes new bookings: the citizen's active bookings, the claim of a free unit, the booking row and its
 * {@code booking-created} outbox row, as one statement on the reactive pool (no Hibernate session). Attempts that
 * arrive while a statement runs go together in the next one ({@link GroupCommit}): one commit for all of them
 * (BOOKING.md, "Group commit"). Each attempt gets its own answer; one citizen's attempts never share a statement or
 * run in two at once, so the answers are those of a sequential order.
 */
@ApplicationScoped
public class BookingWriter {

    /** What became of a booking attempt. */
    public enum Booked {
        BOOKED, SLOT_FULL, ALREADY_HELD, TOO_MANY
    }

    private record Attempt(Booking booking, Outbox.Row event) {
    }

    private final Pool pool;
    private final SoldOutMemory soldOut;
    private final int maxActive;
    private final GroupCommit<Attempt, Booked> commits;

    public BookingWriter(Pool pool, SoldOutMemory soldOut, QueueConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.soldOut = soldOut;
        this.maxActive = config.booking().maxActivePerCitizen();
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
                attempt -> attempt.booking().citizenId, this::many, this::one, new GroupCommit.Listener() {
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
        return commits.submit(new Attempt(booking, event)).invoke(booked -> soldOut.attempted(booking.mppCode,
                booking.serviceCode, booking.serviceDate, booking.slotStart, switch (booked) {
                    case BOOKED -> SoldOutMemory.Found.BOOKED;
                    case SLOT_FULL -> SoldOutMemory.Found.FULL;
                    case ALREADY_HELD, TOO_MANY -> SoldOutMemory.Found.NOTHING_ABOUT_THE_SLOT;
                }));
    }

    private Uni<Booked> one(Attempt attempt) {
        Booking b = attempt.booking;
        Outbox.Row e = attempt.event;
        List<Object> values = new ArrayList<>(Arrays.asList(b.mppCode, b.serviceCode, b.serviceDate, b.slotStart,
                b.id, b.code, b.visitId, b.agencyCode, b.citizenId, b.slotEnd, utc(b.slotStartsAt), utc(b.slotEndsAt),
                utc(b.createdAt), utc(b.confirmBy), maxActive));
        values.addAll(e.values());
        return pool.preparedQuery(BookingSql.BOOK_ONE).execute(Tuple.from(values)).map(rows -> {
            Row row = rows.iterator().next();
            if (row.getBoolean(0)) {
                return Booked.ALREADY_HELD;
            }
            if (row.getBoolean(1)) {
                return Booked.TOO_MANY;
            }
            return row.getLong(2) > 0 ? Booked.BOOKED : Booked.SLOT_FULL;
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
                Columns.of(e, Outbox.Row::occurredAt, OffsetDateTime[]::new),
                maxActive));
        return pool.preparedQuery(BookingSql.BOOK_MANY).execute(values).map(rows -> {
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
