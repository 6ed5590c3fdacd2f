package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.core.batch.CallerContexts;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The online quota of a service-day as one row per unit ({@code booking_slot}). A booking claims a free row
 * with {@code FOR UPDATE SKIP LOCKED}: concurrent bookings take different rows instead of waiting on one
 * counter row, and a booking that finds no free row is refused — so the quota cannot be exceeded.
 * All methods run inside the caller's session/transaction.
 */
@ApplicationScoped
public class BookingSlots {

    static final String RELEASED_QUOTA = """
            select online_quota from booking_day where mpp_code = ?1 and service_code = ?2 and service_date = ?3""";

    static final String RELEASE_DAY = """
            insert into booking_day (mpp_code, service_code, service_date, online_quota, slot_minutes, released_at)
            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""";

    /** ?4 lists the slots as {@code start=capacity,start=capacity}. */
    static final String RELEASE_UNITS = """
            insert into booking_slot (mpp_code, service_code, service_date, slot_start, seq)
            select ?1, ?2, ?3, cast(split_part(slot, '=', 1) as time), seq
            from unnest(string_to_array(?4, ',')) as slot,
                 generate_series(1, cast(split_part(slot, '=', 2) as int)) as seq""";

    /**
     * Takes the first free unit of a slot for booking ?5; a unit another transaction is taking is skipped.
     * {@code %s} takes an extra condition on the claim (empty, or e.g. {@code BookingWriter}'s active-booking check).
     */
    static final String CLAIM_UNIT = """
            update booking_slot set booking_id = ?5
            where (mpp_code, service_code, service_date, slot_start, seq) = (
                select mpp_code, service_code, service_date, slot_start, seq from booking_slot
                where mpp_code = ?1 and service_code = ?2 and service_date = ?3 and slot_start = ?4
                  and booking_id is null%s
                order by seq limit 1
                for update skip locked)
            """;

    static final String CLAIM = CLAIM_UNIT.formatted("") + "returning seq";

    static final String FREE = """
            update booking_slot set booking_id = null where booking_id = ?1
            returning mpp_code, service_code, service_date, slot_start""";

    static final String AVAILABLE = """
            select slot_start, count(*), count(*) filter (where booking_id is null) from booking_slot
            where mpp_code = $1 and service_code = $2 and service_date = $3 group by slot_start""";

    /** Days known to be released (a day, once released, stays so): spares a query per booking. */
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    /** Slots found sold out, until when this instance answers "full" without asking the database. */
    private final Map<String, Long> soldOut = new ConcurrentHashMap<>();
    private final long soldOutNanos;

    /** Releases under way for callers without a session: one per day, however many bookings wait for it. */
    private final Map<String, CompletableFuture<Void>> releasing = new ConcurrentHashMap<>();

    private final Pool pool;
    private final Vertx vertx;
    private final Counter releases;

    public BookingSlots(QueueConfig config, Pool pool, Vertx vertx, MeterRegistry registry) {
        this.soldOutNanos = config.booking().soldOutMemory().toNanos();
        this.pool = pool;
        this.vertx = vertx;
        this.releases = Counter.builder("sinergi.queue.booking.day.releases")
                .description("Releases of a day's quota into slot units run by this instance (once per day; a day "
                        + "released by another instance costs one more that adds nothing)")
                .register(registry);
    }

    /**
     * Makes sure the day's quota is released into units ({@link #release}) before a booking claims one. The first
     * bookings of a day release it; in a rush that is everyone at once (measured: 200 bookings each checking and
     * releasing the same day in their own transaction answered nothing for the first 250 ms and took 0.3–0.5 s).
     * So callers without a session (the booking path) share <b>one</b> release per day, run in its own transaction
     * on its own Vert.x sub-context; a failed release is not remembered, the next booking tries again. A caller
     * holding a session (a reschedule) checks and releases on its own connection (see {@link Sessions}).
     */
    public Uni<Void> ensureReleased(String mppCode, String serviceCode, LocalDate day, int slotMinutes,
                                    List<SlotPlan.Slot> plan, Instant now) {
        String key = dayKey(mppCode, serviceCode, day);
        if (released.contains(key)) {
            return Uni.createFrom().voidItem();
        }
        if (Sessions.callerHoldsOne()) {
            return isReleased(mppCode, serviceCode, day).chain(already -> already ? Uni.createFrom().voidItem()
                    : Panache.withTransaction(() -> release(mppCode, serviceCode, day, slotMinutes, plan, now))
                    .invoke(() -> released.add(key)));
        }
        CompletableFuture<Void> release = releasing.computeIfAbsent(key, ignored -> {
            if (released.contains(key)) {
                // Released since this caller's check above: a release marks its day released before it leaves
                // {@code releasing}, so a caller that missed both would otherwise start a second one (seen once on
                // a loaded machine). Nothing is stored.
                return null;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            CallerContexts.isolated(vertx).runOnContext(started -> Panache.withTransaction(
                            () -> release(mppCode, serviceCode, day, slotMinutes, plan, now))
                    .subscribe().with(
                            item -> {
                                released.add(key);
                                releasing.remove(key);
                                done.complete(null);
                            },
                            failure -> {
                                releasing.remove(key);
                                done.completeExceptionally(failure);
                            }));
            return done;
        });
        return release == null ? Uni.createFrom().voidItem() : CallerContexts.await(release);
    }

    /** Whether the day's quota has been released into units. */
    Uni<Boolean> isReleased(String mppCode, String serviceCode, LocalDate day) {
        String key = dayKey(mppCode, serviceCode, day);
        if (released.contains(key)) {
            return Uni.createFrom().item(true);
        }
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(RELEASED_QUOTA, Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .getResultList()
                .map(rows -> {
                    if (!rows.isEmpty()) {
                        released.add(key);
                    }
                    return !rows.isEmpty();
                })));
    }

    /**
     * Whether this instance found the slot sold out moments ago ({@code sinergi.queue.booking.sold-out-memory}):
     * in a rush most attempts come after the last unit went, and answering them needs no database. Never used to
     * grant a booking, only to refuse one, so the quota stays exact.
     *
     * <p>When the memory runs out, <b>one</b> attempt (the first to ask) goes to the database to look again; the
     * others keep the "full" answer meanwhile, since the memory is extended for them until that attempt's answer
     * renews it (full again), clears it (it booked a unit, so others may follow) or lets it lapse (its citizen held
     * a booking already, which says nothing about the slot). Measured: when every attempt went to the database at
     * expiry, each sold-out slot's expiry brought a burst of statements that all answered "full", and a rush
     * that ran past the memory's length slowed to a third for a second.
     */
    public boolean recentlySoldOut(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        String key = slotKey(mppCode, serviceCode, day, slotStart);
        Long until = soldOut.get(key);
        if (until == null) {
            return false;
        }
        long now = System.nanoTime();
        if (until - now > 0) {
            return true;
        }
        // Expired: whoever extends it is the one attempt that looks again; the rest are still refused.
        return !soldOut.replace(key, until, now + soldOutNanos);
    }

    /** What a booking attempt found, for the sold-out memory (see {@link #recentlySoldOut}). */
    void attempted(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, BookingWriter.Booked booked) {
        switch (booked) {
            case SLOT_FULL -> soldOut(mppCode, serviceCode, day, slotStart);
            case BOOKED -> {
                if (!soldOut.isEmpty()) {
                    soldOut.remove(slotKey(mppCode, serviceCode, day, slotStart));
                }
            }
            case ALREADY_HELD -> {
                if (!soldOut.isEmpty()) {
                    soldOut.computeIfPresent(slotKey(mppCode, serviceCode, day, slotStart),
                            (key, until) -> System.nanoTime());
                }
            }
        }
    }

    /**
     * Releases the day's quota as slot units following {@code plan}, once: a concurrent or later release of the
     * same day finds the day row and adds nothing. Run it in its own short transaction.
     */
    private Uni<Void> release(String mppCode, String serviceCode, LocalDate day, int slotMinutes,
                             List<SlotPlan.Slot> plan, Instant now) {
        releases.increment();
        int quota = plan.stream().mapToInt(SlotPlan.Slot::capacity).sum();
        String units = plan.stream().filter(slot -> slot.capacity() > 0)
                .map(slot -> slot.start() + "=" + slot.capacity()).collect(Collectors.joining(","));
        return Panache.getSession().chain(session -> session.createNativeQuery(RELEASE_DAY)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, quota).setParameter(5, slotMinutes).setParameter(6, now)
                .executeUpdate()
                .chain(inserted -> inserted == 0 || units.isEmpty() ? Uni.createFrom().item(0)
                        : session.createNativeQuery(RELEASE_UNITS)
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                        .setParameter(4, units).executeUpdate())
                .replaceWithVoid());
    }

    /** Claims a free unit of the slot for the booking; true if one was free. */
    public Uni<Boolean> claim(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, slotStart).setParameter(5, bookingId)
                .getResultList()
                .map(rows -> {
                    if (rows.isEmpty()) {
                        soldOut(mppCode, serviceCode, day, slotStart);
                    }
                    return !rows.isEmpty();
                }));
    }

    /** Remembers that the slot had no free unit a moment ago (see {@link #recentlySoldOut}). */
    void soldOut(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        if (soldOutNanos > 0) {
            soldOut.put(slotKey(mppCode, serviceCode, day, slotStart), System.nanoTime() + soldOutNanos);
        }
    }

    /** Gives the booking's unit back to its slot (cancel, expiry, reschedule). */
    public Uni<Void> free(UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FREE, Object[].class)
                .setParameter(1, bookingId).getResultList()
                .invoke(rows -> rows.forEach(row -> soldOut.remove(slotKey((String) row[0], (String) row[1],
                        (LocalDate) row[2], (LocalTime) row[3]))))
                .replaceWithVoid());
    }

    private static String dayKey(String mppCode, String serviceCode, LocalDate day) {
        return mppCode + "|" + serviceCode + "|" + day;
    }

    private static String slotKey(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart) {
        return mppCode + "|" + serviceCode + "|" + day + "|" + slotStart;
    }

    /** Units and free units of one slot of a released day. */
    public record Units(int total, int free) {
    }

    /**
     * Units per slot start of a released day (slots with none left included). Read on the reactive pool, without a
     * Hibernate session: citizens poll availability hardest while a quota is selling, and Hibernate's query-plan
     * cache never matches a native select under Hibernate Reactive 3.2 (its {@code ReactiveResultSetMapping} has no
     * {@code equals}, so each execution adds an entry under the same hash; at the cache's 2,048 entries every lookup
     * of that SQL walks them all).
     */
    public Uni<Map<LocalTime, Units>> units(String mppCode, String serviceCode, LocalDate day) {
        return pool.preparedQuery(AVAILABLE).execute(Tuple.of(mppCode, serviceCode, day)).map(rows -> {
            Map<LocalTime, Units> units = new LinkedHashMap<>();
            for (Row row : rows) {
                units.put(row.getLocalTime(0), new Units(row.getLong(1).intValue(), row.getLong(2).intValue()));
            }
            return units;
        });
    }
}
