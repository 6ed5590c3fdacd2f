package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.messaging.out.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.booking.SlotClaims;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Expires unconfirmed bookings past their deadline and gives their slot back, a batch at a time. Several instances
 * may run it at once: each locks the rows it takes ({@code SKIP LOCKED}), so a booking expires exactly once.
 */
@ApplicationScoped
public class BookingExpiries {

    private static final int BATCH = 200;

    private final SlotClaims slots;
    private final Outbox outbox;
    private final Clock clock;

    public BookingExpiries(SlotClaims slots, Outbox outbox, Clock clock) {
        this.slots = slots;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Expires one batch of due bookings; returns how many. */
    public Uni<Integer> expireDue() {
        Instant now = Timestamps.now(clock);
        // Freed in slot order, the order a quota change locks a day's slots in: no deadlock.
        return Panache.withTransaction(() -> Booking.unconfirmedBefore(now, BATCH)
                .map(due -> due.stream().sorted(Booking.SLOT_ORDER).toList())
                .chain(due -> expire(due, 0, now).replaceWith(due.size())));
    }

    private Uni<Void> expire(List<Booking> due, int index, Instant now) {
        if (index >= due.size()) {
            return Uni.createFrom().voidItem();
        }
        Booking booking = due.get(index);
        booking.status = booking.status.expire();
        booking.closedAt = now;
        return slots.free(booking.id)
                .chain(() -> outbox.add(BookingEvents.expired(booking)))
                .chain(() -> expire(due, index + 1, now));
    }
}
