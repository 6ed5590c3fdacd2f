package id.go.mpp.sinergi.queue.store.booking;

import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Sessions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static id.go.mpp.sinergi.queue.store.booking.BookingSql.forSession;

/**
 * Releasing a service-day's online quota into slot units (one row per place, {@code booking_slot}) and resizing
 * released days when the quota changes. All methods run in the caller's session or transaction unless they say
 * otherwise. Why units, and how release and resize interleave with bookings: BOOKING.md.
 */
@ApplicationScoped
public class SlotRelease {

    private final ReleaseOnce once;
    private final SoldOutMemory soldOut;
    private final Counter releases;

    public SlotRelease(ReleaseOnce once, SoldOutMemory soldOut, MeterRegistry registry) {
        this.once = once;
        this.soldOut = soldOut;
        this.releases = Counter.builder("sinergi.queue.booking.day.releases")
                .description("Releases of a day's quota into slot units run by this instance (once per day; a day "
                        + "released by another instance costs one more that adds nothing)")
                .register(registry);
    }

    /**
     * Makes sure the day's quota is released before a booking claims a unit. Callers without a session (the booking
     * path) share one release per day in a transaction of its own; a caller holding a session (a reschedule) checks
     * and releases on its own connection, since waiting for shared work while holding a connection can deadlock the
     * pool ({@link Sessions}).
     */
    public Uni<Void> ensureReleased(String mppCode, String serviceCode, LocalDate day, int slotMinutes,
                                    List<SlotPlan.Slot> plan, Instant now) {
        if (once.known(mppCode, serviceCode, day)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> checkAndRelease = Uni.createFrom().deferred(() -> isReleased(mppCode, serviceCode, day)
                .chain(already -> already ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> release(mppCode, serviceCode, day, slotMinutes, plan, now))));
        if (Sessions.callerHoldsOne()) {
            return checkAndRelease.invoke(() -> once.remember(mppCode, serviceCode, day));
        }
        return once.shared(mppCode, serviceCode, day, () -> checkAndRelease);
    }

    /** Whether the day's quota has been released into units. */
    Uni<Boolean> isReleased(String mppCode, String serviceCode, LocalDate day) {
        if (once.known(mppCode, serviceCode, day)) {
            return Uni.createFrom().item(true);
        }
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(forSession(BookingSql.RELEASED_QUOTA), Integer.class)
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .getResultList()
                .map(rows -> {
                    if (!rows.isEmpty()) {
                        once.remember(mppCode, serviceCode, day);
                    }
                    return !rows.isEmpty();
                })));
    }

    /**
     * Releases the day's quota as slot units following {@code plan}, once: a concurrent or later release of the same
     * day finds the day row and adds nothing.
     */
    private Uni<Void> release(String mppCode, String serviceCode, LocalDate day, int slotMinutes,
                              List<SlotPlan.Slot> plan, Instant now) {
        releases.increment();
        int quota = plan.stream().mapToInt(SlotPlan.Slot::capacity).sum();
        String units = targets(plan);
        return Panache.getSession().chain(session -> session.createNativeQuery(forSession(BookingSql.RELEASE_DAY))
                .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                .setParameter(4, quota).setParameter(5, slotMinutes).setParameter(6, now)
                .executeUpdate()
                .chain(inserted -> inserted == 0 || units.isEmpty() ? Uni.createFrom().item(0)
                        : change(session, BookingSql.RELEASE_UNITS, mppCode, serviceCode, day, units)
                        .chain(() -> change(session, BookingSql.RELEASE_CAPACITIES, mppCode, serviceCode, day, units)))
                .replaceWithVoid());
    }

    /**
     * Releases the service's open days from {@code today} (MPP-local) up to {@code days} days ahead, at most to the
     * end of its booking horizon and the day after it (which opens at the next local midnight), that are not released
     * yet, inside the caller's transaction. Returns how many days it released. Days it skips are released by the
     * sweep ({@code BookingRelease}) or by their first booking.
     */
    public Uni<Integer> releaseAhead(CatalogueService service, OpeningHours hours, LocalDate today, int days,
                                     Instant now) {
        if (!service.active || service.quotaOnline <= 0 || days <= 0) {
            return Uni.createFrom().item(0);
        }
        LocalDate to = today.plusDays(Math.min(service.bookingHorizonDays + 1L, days - 1L));
        return Panache.getSession().chain(session -> session
                .createNativeQuery(forSession(BookingSql.RELEASED_BETWEEN), LocalDate.class)
                .setParameter(1, service.mppCode).setParameter(2, service.code).setParameter(3, today)
                .setParameter(4, to).getResultList()
                .chain(done -> {
                    Set<LocalDate> released = new HashSet<>(done);
                    List<LocalDate> open = today.datesUntil(to.plusDays(1))
                            .filter(day -> !released.contains(day) && hours.on(day) == OpeningHours.Status.OPEN)
                            .toList();
                    return releaseEach(service, hours, open, 0, now).replaceWith(open.size());
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
     * Gives the service's days released from {@code from} on the new online quota: each day keeps its slot length, the
     * quota is spread over its slots as {@link SlotPlan} does, and each slot gets new units or loses free ones. Every
     * booking stays; a slot with more bookings than its new capacity sells no more and loses the surplus units as
     * their bookings end ({@link SlotClaims#free}). Returns how many days it changed.
     */
    public Uni<Integer> resize(String mppCode, String serviceCode, LocalDate from, OpeningHours hours,
                               int onlineQuota) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery(forSession(BookingSql.RELEASED_DAYS), Object[].class)
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, from).getResultList()
                        .chain(days -> resizeEach(session, mppCode, serviceCode, days, 0, hours, onlineQuota)
                                .replaceWith(days.size())))
                .invoke(() -> soldOut.forget(mppCode, serviceCode));
    }

    private Uni<Void> resizeEach(Mutiny.Session session, String mppCode, String serviceCode, List<Object[]> days,
                                 int index, OpeningHours hours, int onlineQuota) {
        if (index >= days.size()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate day = (LocalDate) days.get(index)[0];
        int slotMinutes = ((Number) days.get(index)[1]).intValue();
        OpeningHours.Hours open = hours.weekly().get(day.getDayOfWeek());
        List<SlotPlan.Slot> plan = open == null ? List.of() : SlotPlan.of(open, slotMinutes, onlineQuota);
        String units = targets(plan);
        int quota = plan.stream().mapToInt(SlotPlan.Slot::capacity).sum();
        return change(session, BookingSql.SET_CAPACITIES, mppCode, serviceCode, day, units)
                .chain(() -> change(session, BookingSql.GROW_UNITS, mppCode, serviceCode, day, null))
                .chain(() -> shrink(session, mppCode, serviceCode, day, 0))
                .chain(() -> session.createNativeQuery(forSession(BookingSql.SET_DAY_QUOTA))
                        .setParameter(1, mppCode).setParameter(2, serviceCode).setParameter(3, day)
                        .setParameter(4, quota).executeUpdate())
                .chain(() -> resizeEach(session, mppCode, serviceCode, days, index + 1, hours, onlineQuota));
    }

    /** Deletes free units beyond each slot's capacity until a round deletes nothing (claims race it). */
    private Uni<Void> shrink(Mutiny.Session session, String mppCode, String serviceCode, LocalDate day, int round) {
        return change(session, BookingSql.SHRINK_UNITS, mppCode, serviceCode, day, null)
                .chain(deleted -> deleted == 0 || round >= 20 ? Uni.createFrom().voidItem()
                        : shrink(session, mppCode, serviceCode, day, round + 1));
    }

    private static Uni<Integer> change(Mutiny.Session session, String sql, String mppCode, String serviceCode,
                                       LocalDate day, String units) {
        var query = session.createNativeQuery(forSession(sql)).setParameter(1, mppCode).setParameter(2, serviceCode)
                .setParameter(3, day);
        return (units != null ? query.setParameter(4, units) : query).executeUpdate();
    }

    /** A plan's slots with units as {@code start=capacity,...} (the form the release and resize statements take). */
    private static String targets(List<SlotPlan.Slot> plan) {
        return plan.stream().filter(slot -> slot.capacity() > 0)
                .map(slot -> slot.start() + "=" + slot.capacity()).collect(Collectors.joining(","));
    }
}
