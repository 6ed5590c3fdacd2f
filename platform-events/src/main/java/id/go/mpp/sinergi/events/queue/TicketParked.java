package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A ticket was set aside at its counter (e.g. the citizen fetches a missing paper); it is called again later. */
@EventType(value = "id.go.mpp.queue.ticket-parked.v1", topic = Topics.QUEUE_VISITS)
public record TicketParked(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String officerId,
        Instant parkedAt) implements TicketEvent {
}
