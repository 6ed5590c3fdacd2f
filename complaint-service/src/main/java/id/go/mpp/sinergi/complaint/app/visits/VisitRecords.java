package id.go.mpp.sinergi.complaint.app.visits;

import id.go.mpp.sinergi.complaint.domain.VisitStatus;
import id.go.mpp.sinergi.complaint.store.KnownTicket;
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
 * complaint-service's own record of each ticket step, from {@code ticket-issued}, {@code ticket-called} (the
 * counter) and {@code ticket-completed}; a complaint naming a ticket takes its agency, service and counter from it.
 */
@ApplicationScoped
public class VisitRecords {

    private final Clock clock;

    public VisitRecords(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<List<VisitView>> ofCitizen(String citizenId, int page, int size) {
        return KnownTicket.ofCitizen(citizenId, page, size).map(steps -> steps.stream().map(VisitView::of).toList());
    }

    public Uni<Void> issued(TicketIssued issued) {
        return upsert(issued.ticketId(), issued.visitId(), step -> {
            step.ticketNumber = issued.ticketNumber();
            step.mppCode = issued.mppCode();
            step.agencyCode = issued.agencyCode();
            step.serviceCode = issued.serviceCode();
            step.citizenId = issued.citizenId();
            step.issuedAt = issued.issuedAt();
            if (step.status == null) {
                step.status = VisitStatus.WAITING;
            }
        });
    }

    public Uni<Void> called(TicketCalled called) {
        return upsert(called.ticketId(), called.visitId(), step -> {
            copy(step, called.ticketNumber(), called.mppCode(), called.agencyCode(), called.serviceCode());
            step.counterCode = called.counterCode();
            if (step.status != VisitStatus.COMPLETED) {
                step.status = VisitStatus.CALLED;
            }
        });
    }

    public Uni<Void> completed(TicketCompleted completed) {
        return upsert(completed.ticketId(), completed.visitId(), step -> {
            copy(step, completed.ticketNumber(), completed.mppCode(), completed.agencyCode(),
                    completed.serviceCode());
            if (completed.counterCode() != null) {
                step.counterCode = completed.counterCode();
            }
            if (completed.citizenId() != null) {
                step.citizenId = completed.citizenId();
            }
            step.status = VisitStatus.COMPLETED;
            step.outcome = completed.outcome();
            step.completedAt = completed.completedAt();
        });
    }

    private static void copy(KnownTicket step, String number, String mpp, String agency, String service) {
        step.ticketNumber = number;
        step.mppCode = mpp;
        step.agencyCode = agency;
        step.serviceCode = service;
    }

    private Uni<Void> upsert(String ticketId, String visitId, Consumer<KnownTicket> change) {
        UUID id = UUID.fromString(ticketId);
        return KnownTicket.<KnownTicket>findById(id).chain(found -> {
            KnownTicket step = found != null ? found : new KnownTicket();
            step.ticketId = id;
            step.visitId = UUID.fromString(visitId);
            change.accept(step);
            step.updatedAt = Timestamps.now(clock);
            return found != null ? Uni.createFrom().voidItem() : step.persist().replaceWithVoid();
        });
    }
}
