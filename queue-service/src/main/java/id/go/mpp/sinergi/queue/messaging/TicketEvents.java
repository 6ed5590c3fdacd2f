package id.go.mpp.sinergi.queue.messaging;

import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.store.Ticket;

/** The events queue-service publishes (through the outbox) for a ticket's changes. */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static TicketIssued issued(Ticket t) {
        return new TicketIssued(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.citizenId, t.channel, t.priorityGroup == null ? null : t.priorityGroup.name(),
                t.serviceDate, t.issuedAt);
    }

    public static TicketCalled called(Ticket t) {
        return new TicketCalled(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.officerId, t.calledAt,
                TicketNumbers.secondsBetween(t.issuedAt, t.calledAt));
    }

    public static TicketCompleted completed(Ticket t) {
        return new TicketCompleted(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.citizenId, t.outcome.name(), t.completedAt,
                TicketNumbers.secondsBetween(t.issuedAt, t.calledAt),
                TicketNumbers.secondsBetween(t.calledAt, t.completedAt));
    }
}
