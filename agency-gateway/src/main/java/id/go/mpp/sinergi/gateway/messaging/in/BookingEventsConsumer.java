package id.go.mpp.sinergi.gateway.messaging.in;

import id.go.mpp.sinergi.gateway.app.notifications.BookingEvents;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Bookings, for the reminder the day before; once per event id, poison messages to the dead-letter topic. */
@ApplicationScoped
public class BookingEventsConsumer {

    private final IncomingEvents events;
    private final BookingEvents bookings;

    public BookingEventsConsumer(IncomingEvents events, BookingEvents bookings) {
        this.events = events;
        this.bookings = bookings;
    }

    @Incoming("queue-bookings")
    public Uni<Void> onBookingEvent(Message<String> message) {
        return events.consume(PlatformEventsConsumer.CONSUMER, message, BookingEvents.HANDLED,
                envelope -> bookings.apply(envelope.data()));
    }
}
