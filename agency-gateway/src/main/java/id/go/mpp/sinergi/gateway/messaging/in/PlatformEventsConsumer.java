package id.go.mpp.sinergi.gateway.messaging.in;

import id.go.mpp.sinergi.gateway.app.visits.PlatformEvents;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The platform's events the gateway acts on (visits' steps; what enabled adapters react to), once per event id;
 * a poison message goes to the dead-letter topic.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    static final String CONSUMER = "agency-gateway";

    private final IncomingEvents events;
    private final PlatformEvents platformEvents;

    public PlatformEventsConsumer(IncomingEvents events, PlatformEvents platformEvents) {
        this.events = events;
        this.platformEvents = platformEvents;
    }

    @Incoming("platform-events")
    public Uni<Void> onEvent(Message<String> message) {
        AtomicBoolean requested = new AtomicBoolean();
        return events.consume(CONSUMER, message, platformEvents.handled(),
                        envelope -> platformEvents.apply(envelope.id(), envelope.type(), envelope.data())
                                .invoke(requested::set).replaceWithVoid())
                .invoke(() -> {
                    if (requested.get()) {
                        platformEvents.requestsCommitted();
                    }
                });
    }
}
