package id.go.mpp.sinergi.gateway.app.notifications;

import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.queue.BookingCancelled;
import id.go.mpp.sinergi.events.queue.BookingCreated;
import id.go.mpp.sinergi.events.queue.BookingExpired;
import id.go.mpp.sinergi.events.queue.BookingRescheduled;
import id.go.mpp.sinergi.gateway.store.notifications.BookingReminders;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The bookings the gateway reminds their citizens of, learnt from the bookings topic (in the consumer's transaction). */
@ApplicationScoped
public class BookingEvents {

    public static final Set<Class<? extends SinergiEvent>> HANDLED = Set.of(BookingCreated.class,
            BookingRescheduled.class, BookingCancelled.class, BookingExpired.class);

    private final BookingReminders reminders;

    public BookingEvents(BookingReminders reminders) {
        this.reminders = reminders;
    }

    public Uni<Void> apply(SinergiEvent event) {
        if (event instanceof BookingCreated created) {
            return reminders.booked(created.bookingId(), created.bookingCode(), created.citizenId(), created.mppCode(),
                    created.serviceCode(), created.slotStartsAt());
        }
        if (event instanceof BookingRescheduled rescheduled) {
            return reminders.rescheduled(rescheduled.bookingId(), rescheduled.slotStartsAt());
        }
        if (event instanceof BookingCancelled cancelled) {
            return reminders.status(cancelled.bookingId(), "CANCELLED");
        }
        if (event instanceof BookingExpired expired) {
            return reminders.status(expired.bookingId(), "CANCELLED");
        }
        return Uni.createFrom().voidItem();
    }
}
