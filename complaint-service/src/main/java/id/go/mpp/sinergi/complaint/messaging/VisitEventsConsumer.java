package id.go.mpp.sinergi.complaint.messaging;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.complaint.store.KnownVisit;
import id.go.mpp.sinergi.core.consumer.IncomingEvents;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;
import java.util.UUID;

/** Keeps complaint-service's own view of visits from queue events. */
@ApplicationScoped
public class VisitEventsConsumer {

    static final String CONSUMER = "complaint-service";

    private final IncomingEvents events;

    public VisitEventsConsumer(IncomingEvents events) {
        this.events = events;
    }

    @Incoming("queue-visits")
    public Uni<Void> onVisitEvent(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(TicketIssued.class, TicketCalled.class, TicketCompleted.class),
                envelope -> {
            if (envelope.data() instanceof TicketIssued issued) {
                return upsert(issued.visitId(), visit -> {
                    visit.ticketId = UUID.fromString(issued.ticketId());
                    visit.ticketNumber = issued.ticketNumber();
                    visit.mppCode = issued.mppCode();
                    visit.agencyCode = issued.agencyCode();
                    visit.serviceCode = issued.serviceCode();
                    visit.citizenId = issued.citizenId();
                    visit.issuedAt = issued.issuedAt();
                    visit.status = "WAITING";
                });
            }
            if (envelope.data() instanceof TicketCalled called) {
                return upsert(called.visitId(), visit -> {
                    copy(visit, called.ticketId(), called.ticketNumber(), called.mppCode(), called.agencyCode(),
                            called.serviceCode());
                    visit.status = "CALLED";
                });
            }
            if (envelope.data() instanceof TicketCompleted completed) {
                return upsert(completed.visitId(), visit -> {
                    copy(visit, completed.ticketId(), completed.ticketNumber(), completed.mppCode(),
                            completed.agencyCode(), completed.serviceCode());
                    if (completed.citizenId() != null) {
                        visit.citizenId = completed.citizenId();
                    }
                    visit.status = "COMPLETED";
                    visit.outcome = completed.outcome();
                    visit.completedAt = completed.completedAt();
                });
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static void copy(KnownVisit visit, String ticketId, String number, String mpp, String agency, String service) {
        visit.ticketId = UUID.fromString(ticketId);
        visit.ticketNumber = number;
        visit.mppCode = mpp;
        visit.agencyCode = agency;
        visit.serviceCode = service;
    }

    private static Uni<Void> upsert(String visitId, java.util.function.Consumer<KnownVisit> change) {
        UUID id = UUID.fromString(visitId);
        return KnownVisit.<KnownVisit>findById(id).chain(found -> {
            KnownVisit visit = found != null ? found : new KnownVisit();
            visit.visitId = id;
            change.accept(visit);
            visit.updatedAt = Timestamps.now();
            return found != null ? Uni.createFrom().voidItem() : visit.persist().replaceWithVoid();
        });
    }
}
