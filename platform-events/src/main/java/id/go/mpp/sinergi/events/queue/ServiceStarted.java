package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * The citizen came to the counter and the officer started serving them.
 *
 * @param waitingSeconds seconds from arrival (or appointment) to the first call
 */
@EventType(value = "id.go.mpp.queue.service-started.v1", topic = Topics.QUEUE_VISITS)
public record ServiceStarted(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String officerId,
        Instant startedAt,
        long waitingSeconds) implements TicketEvent {
}
