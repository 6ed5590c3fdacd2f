package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A called citizen did not come to the counter and was called again.
 *
 * @param recalls how many times the ticket has been recalled so far (1 for the first recall)
 */
@EventType(value = "id.go.mpp.queue.ticket-recalled.v1", topic = Topics.QUEUE_VISITS)
public record TicketRecalled(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        int recalls,
        Instant recalledAt) implements TicketEvent {
}
