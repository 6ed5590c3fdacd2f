package id.go.mpp.sinergi.messaging.testapp;

import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer as services write them: its effect is a row per completed visit. */
@ApplicationScoped
public class DeliveryLogConsumer {

    private final IncomingEvents events;

    public DeliveryLogConsumer(IncomingEvents events) {
        this.events = events;
    }

    @Incoming("parcels")
    public Uni<Void> onEvent(Message<String> message) {
        return events.consume("platform-messaging-test", message, java.util.Set.of(TicketCompleted.class), envelope -> {
            if (envelope.data() instanceof TicketCompleted completed) {
                if ("explode".equals(completed.outcome())) {
                    return Uni.createFrom().failure(new IllegalStateException("effect failed"));
                }
                return Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into delivery_log (visit_id, event_id) values (?1, ?2)")
                        .setParameter(1, completed.visitId())
                        .setParameter(2, envelope.id())
                        .executeUpdate()).replaceWithVoid();
            }
            return Uni.createFrom().voidItem();
        });
    }
}
