package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.VisitStatus;
import id.go.mpp.sinergi.complaint.store.KnownVisit;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * complaint-service's own view of visits, learnt from queue events, so that a complaint can refer to one of the
 * citizen's visits without asking queue-service. The learn methods run in the consumer's transaction.
 */
@ApplicationScoped
public class VisitRecords {

    private final Clock clock;

    public VisitRecords(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<List<VisitView>> ofCitizen(String citizenId) {
        return KnownVisit.ofCitizen(citizenId).map(visits -> visits.stream().map(VisitView::of).toList());
    }

    public Uni<Void> issued(TicketIssued issued) {
        return upsert(issued.visitId(), visit -> {
            visit.ticketId = UUID.fromString(issued.ticketId());
            visit.ticketNumber = issued.ticketNumber();
            visit.mppCode = issued.mppCode();
            visit.agencyCode = issued.agencyCode();
            visit.serviceCode = issued.serviceCode();
            visit.citizenId = issued.citizenId();
            visit.issuedAt = issued.issuedAt();
            visit.status = VisitStatus.WAITING;
        });
    }

    public Uni<Void> called(TicketCalled called) {
        return upsert(called.visitId(), visit -> {
            copy(visit, called.ticketId(), called.ticketNumber(), called.mppCode(), called.agencyCode(),
                    called.serviceCode());
            visit.status = VisitStatus.CALLED;
        });
    }

    public Uni<Void> completed(TicketCompleted completed) {
        return upsert(completed.visitId(), visit -> {
            copy(visit, completed.ticketId(), completed.ticketNumber(), completed.mppCode(), completed.agencyCode(),
                    completed.serviceCode());
            if (completed.citizenId() != null) {
                visit.citizenId = completed.citizenId();
            }
            visit.status = VisitStatus.COMPLETED;
            visit.outcome = completed.outcome();
            visit.completedAt = completed.completedAt();
        });
    }

    private static void copy(KnownVisit visit, String ticketId, String number, String mpp, String agency,
                             String service) {
        visit.ticketId = UUID.fromString(ticketId);
        visit.ticketNumber = number;
        visit.mppCode = mpp;
        visit.agencyCode = agency;
        visit.serviceCode = service;
    }

    private Uni<Void> upsert(String visitId, Consumer<KnownVisit> change) {
        UUID id = UUID.fromString(visitId);
        return KnownVisit.<KnownVisit>findById(id).chain(found -> {
            KnownVisit visit = found != null ? found : new KnownVisit();
            visit.visitId = id;
            change.accept(visit);
            visit.updatedAt = Timestamps.now(clock);
            return found != null ? Uni.createFrom().voidItem() : visit.persist().replaceWithVoid();
        });
    }
}
