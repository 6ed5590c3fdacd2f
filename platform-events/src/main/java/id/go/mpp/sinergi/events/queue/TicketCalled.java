package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * An officer called a ticket to a counter.
 *
 * @param waitingSeconds seconds between issue and this call
 */
@EventType(value = "id.go.mpp.queue.ticket-called.v1", topic = Topics.QUEUE_VISITS)
public record TicketCalled(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String officerId,
        Instant calledAt,
        long waitingSeconds) implements TicketEvent {
}
