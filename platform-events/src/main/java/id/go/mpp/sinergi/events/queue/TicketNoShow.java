package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A called citizen did not come after the allowed recalls; the visit step ends without service.
 *
 * @param waitingSeconds seconds from arrival (or appointment) to the first call
 */
@EventType(value = "id.go.mpp.queue.ticket-no-show.v1", topic = Topics.QUEUE_VISITS)
public record TicketNoShow(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String citizenId,
        int recalls,
        Instant markedAt,
        long waitingSeconds) implements TicketEvent {
}
