package id.go.mpp.sinergi.queue.jobs;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.messaging.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.BookingSlots;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Expires unconfirmed bookings past their deadline and gives their slot back, in batches. Several instances
 * may sweep at once: each locks the rows it takes ({@code SKIP LOCKED}), so a booking expires exactly once.
 */
@ApplicationScoped
public class BookingExpiry {

    private static final Logger LOG = Logger.getLogger(BookingExpiry.class);
    private static final int BATCH = 200;

    private final BookingSlots slots;
    private final Outbox outbox;
    private final Clock clock;

    public BookingExpiry(BookingSlots slots, Outbox outbox, Clock clock) {
        this.slots = slots;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${sinergi.queue.booking.expiry-sweep:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return expireDue().invoke(n -> {
            if (n > 0) {
                LOG.infof("Expired %d unconfirmed booking(s)", n);
            }
        }).replaceWithVoid();
    }

    /** Expires one batch of due bookings; returns how many. */
    public Uni<Integer> expireDue() {
        Instant now = Timestamps.now(clock);
        // Freed in slot order, the order a quota change locks a day's slots in (BookingSlots.resize): no deadlock.
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
