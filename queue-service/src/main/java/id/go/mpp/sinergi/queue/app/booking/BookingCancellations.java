package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.queue.messaging.out.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.booking.SlotClaims;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Cancels bookings, gives their slots back and publishes {@code booking-cancelled}: one booking at its citizen's or
 * staff's request, or every booking of the days an MPP closes. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class BookingCancellations {

    /** {@code cancelledBy} of booking-cancelled: the citizen themself. */
    public static final String CITIZEN = "CITIZEN";
    /** {@code cancelledBy}: an officer or admin of the MPP, also when the MPP closes a day. */
    public static final String STAFF = "STAFF";

    private final SlotClaims slots;
    private final Outbox outbox;

    public BookingCancellations(SlotClaims slots, Outbox outbox) {
        this.slots = slots;
        this.outbox = outbox;
    }

    /**
     * Cancels an active booking ({@code by}: {@code CITIZEN} or {@code STAFF}; {@code reason}: why, when the citizen
     * did not choose it, else null).
     */
    public Uni<Void> cancel(Booking booking, String by, String reason, Instant now) {
        booking.status = booking.status.cancel();
        booking.closedAt = now;
        booking.cancelReason = reason;
        return slots.free(booking.id).chain(() -> outbox.add(BookingEvents.cancelled(booking, by))).replaceWithVoid();
    }

    /**
     * Cancels the bookings of days the MPP has just closed, each with its day's reason, so their citizens learn it
     * from the booking (and the event) instead of at a shut door. A pending booking already past its confirmation
     * deadline is the expiry sweep's. Answers how many were cancelled.
     */
    public Uni<Integer> cancelOnClosedDays(String mppCode, Map<LocalDate, String> reasons, Instant now) {
        if (reasons.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Booking.activeOn(mppCode, reasons.keySet()).chain(found -> {
            // Freed in slot order, the order a quota change locks a day's slots in (SlotRelease.resize): no deadlock.
            List<Booking> due = found.stream().filter(b -> b.status.asOf(now, b.confirmBy) == b.status)
                    .sorted(Booking.SLOT_ORDER).toList();
            return cancelEach(due, 0, reasons, now).replaceWith(due.size());
        });
    }

    private Uni<Void> cancelEach(List<Booking> due, int index, Map<LocalDate, String> reasons, Instant now) {
        if (index >= due.size()) {
            return Uni.createFrom().voidItem();
        }
        Booking booking = due.get(index);
        return cancel(booking, STAFF, reasons.get(booking.serviceDate), now)
                .chain(() -> cancelEach(due, index + 1, reasons, now));
    }
}
