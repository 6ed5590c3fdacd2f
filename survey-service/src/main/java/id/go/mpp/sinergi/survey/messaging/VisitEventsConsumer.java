package id.go.mpp.sinergi.survey.messaging;

import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.survey.app.Invitations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/** Invites a citizen to the survey when their visit was served (ticket-completed with outcome SERVED). */
@ApplicationScoped
public class VisitEventsConsumer {

    static final String CONSUMER = "survey-service";

    private final IncomingEvents events;
    private final Invitations invitations;

    public VisitEventsConsumer(IncomingEvents events, Invitations invitations) {
        this.events = events;
        this.invitations = invitations;
    }

    @Incoming("queue-visits")
    public Uni<Void> onVisitEvent(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(TicketCompleted.class),
                envelope -> envelope.data() instanceof TicketCompleted completed
                        ? invitations.inviteIfServed(completed)
                        : Uni.createFrom().voidItem());
    }
}
