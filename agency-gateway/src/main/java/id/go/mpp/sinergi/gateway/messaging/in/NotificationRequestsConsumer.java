package id.go.mpp.sinergi.gateway.messaging.in;

import id.go.mpp.sinergi.events.notification.ReplyRequested;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyDispatcher;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/**
 * Replies complaint-service asks to send to reporters (the one topic with a phone number: this consumer is its only
 * reader), handed to the messaging provider's lane once per event id.
 */
@ApplicationScoped
public class NotificationRequestsConsumer {

    private final IncomingEvents events;
    private final Notifications notifications;
    private final AgencyDispatcher dispatcher;

    public NotificationRequestsConsumer(IncomingEvents events, Notifications notifications,
                                        AgencyDispatcher dispatcher) {
        this.events = events;
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    @Incoming("notification-requests")
    public Uni<Void> onRequest(Message<String> message) {
        return events.consume(PlatformEventsConsumer.CONSUMER, message, Set.of(ReplyRequested.class),
                        envelope -> notifications.reply((ReplyRequested) envelope.data()))
                .invoke(dispatcher::wake);
    }
}
