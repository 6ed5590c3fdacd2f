package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.queue.store.Ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ticket as citizens and officers see it. */
public record TicketView(UUID id, UUID visitId, String number, String mppCode, String agencyCode, String serviceCode,
                         LocalDate serviceDate, String channel, String priorityGroup, String status, String counterCode, String outcome,
                         Instant issuedAt, Instant calledAt, Instant completedAt) {

    static TicketView of(Ticket t) {
        return new TicketView(t.id, t.visitId, t.number, t.mppCode, t.agencyCode, t.serviceCode, t.serviceDate,
                t.channel, t.priorityGroup == null ? null : t.priorityGroup.name(), t.status.name(), t.counterCode, t.outcome == null ? null : t.outcome.name(), t.issuedAt,
                t.calledAt, t.completedAt);
    }
}
