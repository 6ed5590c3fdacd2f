package id.go.mpp.sinergi.complaint.messaging.in;

import id.go.mpp.sinergi.complaint.app.visits.VisitRecords;
import id.go.mpp.sinergi.messaging.consumer.IncomingEvents;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/** Keeps complaint-service's own view of visits from queue events (issued, called, completed). */
@ApplicationScoped
public class VisitEventsConsumer {

    static final String CONSUMER = "complaint-service";

    private final IncomingEvents events;
    private final VisitRecords visits;

    public VisitEventsConsumer(IncomingEvents events, VisitRecords visits) {
        this.events = events;
        this.visits = visits;
    }

    @Incoming("queue-visits")
    public Uni<Void> onVisitEvent(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(TicketIssued.class, TicketCalled.class, TicketCompleted.class),
                envelope -> {
                    if (envelope.data() instanceof TicketIssued issued) {
                        return visits.issued(issued);
                    }
                    if (envelope.data() instanceof TicketCalled called) {
                        return visits.called(called);
                    }
                    if (envelope.data() instanceof TicketCompleted completed) {
                        return visits.completed(completed);
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
