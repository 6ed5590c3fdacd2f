package id.go.mpp.sinergi.survey.messaging.in;

import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import id.go.mpp.sinergi.survey.app.Invitations;
import id.go.mpp.sinergi.survey.app.ServedStep;
import id.go.mpp.sinergi.survey.app.ikm.IkmProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;


/** Counts and invites every served ticket step ({@link ServedStep}: completed as served, or transferred on). */
@ApplicationScoped
public class VisitEventsConsumer {

    private final IncomingEvents events;
    private final Invitations invitations;

    public VisitEventsConsumer(IncomingEvents events, Invitations invitations) {
        this.events = events;
        this.invitations = invitations;
    }

    @Incoming("queue-visits")
    public Uni<Void> onVisitEvent(Message<String> message) {
        return events.consume(IkmProjection.VISITS_CONSUMER, message, ServedStep.EVENTS,
                envelope -> ServedStep.of(envelope.data()).map(invitations::countAndInvite)
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
