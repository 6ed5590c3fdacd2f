package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.core.batch.CallerContexts;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
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

    /** Released days of a service from ?3 on, locked against a concurrent change of their units. */
    static final String RELEASED_DAYS = """
            select service_date, slot_minutes from booking_day
            where mpp_code = ?1 and service_code = ?2 and service_date >= ?3 order by service_date for update""";

    /** Released days of a service between ?3 and ?4. */
    static final String RELEASED_BETWEEN = """
            select service_date from booking_day
            where mpp_code = ?1 and service_code = ?2 and service_date between ?3 and ?4""";

    /** ?4 lists the slots with units as {@code start=capacity,...}: each slot's capacity when a day is released. */
    static final String RELEASE_CAPACITIES = """
            insert into booking_slot_capacity (mpp_code, service_code, service_date, slot_start, capacity)
            select ?1, ?2, ?3, cast(split_part(slot, '=', 1) as time), cast(split_part(slot, '=', 2) as int)
            from unnest(string_to_array(?4, ',')) as slot""";

    /**
     * Sets a released day's slot capacities to ?4 ({@code start=capacity,...}; a slot with units that is not listed
     * gets 0), locking each slot's row against frees (see {@link #free}) in slot order, as the expiry sweep frees
     * (so the two cannot deadlock).
     */
    static final String SET_CAPACITIES = """
            with target as (
                select cast(split_part(slot, '=', 1) as time) as slot_start, cast(split_part(slot, '=', 2) as int) as capacity
                from unnest(string_to_array(?4, ',')) as slot),
            slots as (
                select slot_start from target
                union select slot_start from booking_slot where mpp_code = ?1 and service_code = ?2 and service_date = ?3
                union select slot_start from booking_slot_capacity
                      where mpp_code = ?1 and service_code = ?2 and service_date = ?3)
            insert into booking_slot_capacity (mpp_code, service_code, service_date, slot_start, capacity)
            select ?1, ?2, ?3, s.slot_start, coalesce(t.capacity, 0) from slots s left join target t on t.slot_start = s.slot_start
            order by s.slot_start
            on conflict (mpp_code, service_code, service_date, slot_start) do update set capacity = excluded.capacity""";

    /** A slot with fewer units than its capacity gets new ones after its last. */
    static final String GROW_UNITS = """
            with held as (
                select c.slot_start, c.capacity, count(b.seq) as units, coalesce(max(b.seq), 0) as top
                from booking_slot_capacity c left join booking_slot b on b.mpp_code = c.mpp_code
                    and b.service_code = c.service_code and b.service_date = c.service_date and b.slot_start = c.slot_start
                where c.mpp_code = ?1 and c.service_code = ?2 and c.service_date = ?3
                group by c.slot_start, c.capacity)
            insert into booking_slot (mpp_code, service_code, service_date, slot_start, seq)
            select ?1, ?2, ?3, h.slot_start, h.top + n
            from held h, generate_series(1, h.capacity - h.units) as n
            where h.capacity > h.units""";

    /**
     * A slot with more units than its capacity loses free ones, last first. A unit claimed while this runs is not
     * deleted (the claim holds its row; {@code booking_id is null} is checked again after the wait), so the caller
     * runs it again until it deletes nothing; booked units beyond the capacity go when their bookings end.
     */
    static final String SHRINK_UNITS = """
            with held as (
                select slot_start, count(*) as units from booking_slot
                where mpp_code = ?1 and service_code = ?2 and service_date = ?3 group by slot_start),
            free as (
                select slot_start, seq, row_number() over (partition by slot_start order by seq desc) as rank
                from booking_slot
                where mpp_code = ?1 and service_code = ?2 and service_date = ?3 and booking_id is null)
            delete from booking_slot b
            using free f join held h on h.slot_start = f.slot_start
                join booking_slot_capacity c on c.mpp_code = ?1 and c.service_code = ?2 and c.service_date = ?3
                    and c.slot_start = f.slot_start
            where b.mpp_code = ?1 and b.service_code = ?2 and b.service_date = ?3 and b.slot_start = f.slot_start
              and b.seq = f.seq and f.rank <= h.units - c.capacity and b.booking_id is null""";

    static final String SET_DAY_QUOTA = """
            update booking_day set online_quota = ?4 where mpp_code = ?1 and service_code = ?2 and service_date = ?3""";

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

    /** The slot of a booking's unit. */
    static final String UNIT_OF = """
            select mpp_code, service_code, service_date, slot_start from booking_slot where booking_id = ?1""";

    /** A slot's capacity, locked: frees and quota changes of the slot wait for each other. */
    static final String LOCK_CAPACITY = """
            select capacity from booking_slot_capacity
            where mpp_code = ?1 and service_code = ?2 and service_date = ?3 and slot_start = ?4 for update""";

    static final String SLOT_UNITS = """
            select count(*) from booking_slot
            where mpp_code = ?1 and service_code = ?2 and service_date = ?3 and slot_start = ?4""";

    static final String FREE_UNIT = "update booking_slot set booking_id = null where booking_id = ?1";

    static final String DELETE_UNIT = "delete from booking_slot where booking_id = ?1";

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
     * Makes sure the day's quota is released into units ({@link #release}) before a booking claims one. Days are
     * normally released ahead ({@link #releaseAhead}: when a service is saved, and by {@code BookingRelease}); a day
     * that was not (it opened since the last sweep, or the sweep is off) is released by its first bookings, and in a
     * rush that is everyone at once (measured: 200 bookings each checking and
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
            // Released ahead, most likely (releaseAhead): one read finds it, and nothing is written.
            CallerContexts.isolated(vertx).runOnContext(started -> isReleased(mppCode, serviceCode, day)
                    .chain(already -> already ? Uni.createFrom().voidItem() : Panache.withTransaction(
                            () -> release(mppCode, serviceCode, day, slotMinutes, plan, now)))
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
     * same day finds the day row and adds nothing. Runs in the caller's transaction (a short one of its own on the
     * booking path, the saving of the service or the sweep's for {@link #releaseAhead}).
     */
    private Uni<Void> release(String mppCode, String serviceCode, LocalDate day, int slotMinutes,
                             List<SlotPlan.Slot> plan, Instant now) {
        releases.increment();
        int quota = plan.stream().mapToInt(SlotPlan.Slot::capacity).sum();
        String units = targets(plan);
        return Panache.getSession().chain(session -> session.createNativeQuery(RELEASE_DAY)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, quota).setParameter(5, slotMinutes).setParameter(6, now)
                .executeUpdate()
                .chain(inserted -> inserted == 0 || units.isEmpty() ? Uni.createFrom().item(0)
                        : session.createNativeQuery(RELEASE_UNITS)
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                        .setParameter(4, units).executeUpdate()
                        .chain(() -> session.createNativeQuery(RELEASE_CAPACITIES)
                                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                                .setParameter(4, units).executeUpdate()))
                .replaceWithVoid());
    }

    /** A plan's slots with units as {@code start=capacity,...} (the form the release and resize statements take). */
    private static String targets(List<SlotPlan.Slot> plan) {
        return plan.stream().filter(slot -> slot.capacity() > 0)
                .map(slot -> slot.start() + "=" + slot.capacity()).collect(Collectors.joining(","));
    }

    /**
     * Releases the service's open days from {@code today} (MPP-local) to the end of its booking horizon, and the day
     * after it, which opens at the next local midnight, that are not released yet, inside the caller's transaction, so that the first bookings of a day — in a rush, everyone at once — do not wait for
     * its units to be written (measured: the day's first 200 attempts waited 40–100 ms longer for the release than
     * with the day released before; bench/README.md "Tenth round"). Returns how many days it released. Days it
     * skips (closed, not a working day, no online quota) are released by their first booking if they ever get one.
     */
    public Uni<Integer> releaseAhead(CatalogueService service, OpeningHours hours, LocalDate today, Instant now) {
        if (!service.active || service.quotaOnline <= 0) {
            return Uni.createFrom().item(0);
        }
        // The horizon's last bookable day, and the one after it: it opens at the next local midnight.
        LocalDate from = today;
        LocalDate to = today.plusDays(service.bookingHorizonDays + 1L);
        return Panache.getSession().chain(session -> session.createNativeQuery(RELEASED_BETWEEN, LocalDate.class)
                .setParameter(1, service.mppCode).setParameter(2, service.code).setParameter(3, from)
                .setParameter(4, to).getResultList()
                .chain(done -> {
                    Set<LocalDate> released = new HashSet<>(done);
                    List<LocalDate> days = from.datesUntil(to.plusDays(1))
                            .filter(day -> !released.contains(day) && hours.on(day) == OpeningHours.Status.OPEN)
                            .toList();
                    return releaseEach(service, hours, days, 0, now).replaceWith(days.size());
                }));
    }

    private Uni<Void> releaseEach(CatalogueService service, OpeningHours hours, List<LocalDate> days, int index,
                                  Instant now) {
        if (index >= days.size()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate day = days.get(index);
        List<SlotPlan.Slot> plan = SlotPlan.of(hours.weekly().get(day.getDayOfWeek()), service.slotMinutes,
                service.quotaOnline);
        return release(service.mppCode, service.code, day, service.slotMinutes, plan, now)
                .chain(() -> releaseEach(service, hours, days, index + 1, now));
    }

    /**
     * Gives the service's days released from {@code from} on the new online quota (inside the caller's
     * transaction): each day keeps the slot length it was released with, the quota is spread over its slots as
     * {@link SlotPlan} does, and each slot gets new units or loses free ones. Every booking stays: a slot with
     * more bookings than its new capacity keeps them, sells no more, and loses the surplus units as their bookings
     * end ({@link #free}). A unit claimed meanwhile is skipped and the surplus looked at again; a unit freed
     * meanwhile waits for this change (the slot's capacity row). Returns how many days it changed.
     */
    public Uni<Integer> resize(String mppCode, String serviceCode, LocalDate from, OpeningHours hours,
                               int onlineQuota) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RELEASED_DAYS, Object[].class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, from).getResultList()
                .chain(days -> resizeEach(mppCode, serviceCode, days, 0, hours, onlineQuota).replaceWith(days.size())))
                .invoke(() -> forgetSoldOut(mppCode, serviceCode));
    }

    private Uni<Void> resizeEach(String mppCode, String serviceCode, List<Object[]> days, int index,
                                 OpeningHours hours, int onlineQuota) {
        if (index >= days.size()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate day = (LocalDate) days.get(index)[0];
        int slotMinutes = ((Number) days.get(index)[1]).intValue();
        OpeningHours.Hours open = hours.weekly().get(day.getDayOfWeek());
        List<SlotPlan.Slot> plan = open == null ? List.of() : SlotPlan.of(open, slotMinutes, onlineQuota);
        String units = targets(plan);
        int quota = plan.stream().mapToInt(SlotPlan.Slot::capacity).sum();
        return Panache.getSession().chain(session -> change(session, SET_CAPACITIES, mppCode, serviceCode, day, units)
                        .chain(() -> change(session, GROW_UNITS, mppCode, serviceCode, day, null))
                        .chain(() -> shrink(session, mppCode, serviceCode, day, 0))
                        .chain(() -> session.createNativeQuery(SET_DAY_QUOTA)
                                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                                .setParameter(4, quota).executeUpdate()))
                .chain(() -> resizeEach(mppCode, serviceCode, days, index + 1, hours, onlineQuota));
    }

    /** Deletes free units beyond each slot's capacity until a round deletes nothing (claims race it). */
    private Uni<Void> shrink(Mutiny.Session session, String mppCode, String serviceCode, LocalDate day, int round) {
        return change(session, SHRINK_UNITS, mppCode, serviceCode, day, null)
                .chain(deleted -> deleted == 0 || round >= 20 ? Uni.createFrom().voidItem()
                        : shrink(session, mppCode, serviceCode, day, round + 1));
    }

    private static Uni<Integer> change(Mutiny.Session session, String sql, String mppCode, String serviceCode,
                                       LocalDate day, String units) {
        var query = session.createNativeQuery(sql).setParameter(1, mppCode).setParameter(2, serviceCode)
                .setParameter(3, day);
        return (units != null ? query.setParameter(4, units) : query).executeUpdate();
    }

    /** Drops this instance's sold-out memory of a service's slots (its units changed). */
    private void forgetSoldOut(String mppCode, String serviceCode) {
        String prefix = mppCode + "|" + serviceCode + "|";
        soldOut.keySet().removeIf(key -> key.startsWith(prefix));
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

    /**
     * Gives the booking's unit back to its slot (cancel, expiry, reschedule), or deletes it when the slot holds more
     * units than its capacity (its quota was lowered below its bookings, see {@link #resize}).
     */
    public Uni<Void> free(UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UNIT_OF, Object[].class)
                .setParameter(1, bookingId).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Object[] unit = rows.get(0);
                    String mppCode = (String) unit[0];
                    String serviceCode = (String) unit[1];
                    LocalDate day = (LocalDate) unit[2];
                    LocalTime slotStart = (LocalTime) unit[3];
                    return overCapacity(session, mppCode, serviceCode, day, slotStart)
                            .chain(surplus -> session.createNativeQuery(surplus ? DELETE_UNIT : FREE_UNIT)
                                    .setParameter(1, bookingId).executeUpdate()
                                    .invoke(() -> {
                                        if (!surplus) {
                                            soldOut.remove(slotKey(mppCode, serviceCode, day, slotStart));
                                        }
                                    }))
                            .replaceWithVoid();
                }));
    }

    /** Whether the slot holds more units than its capacity, with its capacity row locked (none: never). */
    private static Uni<Boolean> overCapacity(Mutiny.Session session, String mppCode, String serviceCode,
                                             LocalDate day, LocalTime slotStart) {
        return session.createNativeQuery(LOCK_CAPACITY, Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, slotStart).getResultList()
                .chain(capacity -> capacity.isEmpty() ? Uni.createFrom().item(false)
                        : session.createNativeQuery(SLOT_UNITS, Long.class)
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                        .setParameter(4, slotStart).getSingleResult()
                        .map(units -> units > capacity.get(0)));
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
