package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * Service for a ticket is finished. A visit that was served is what a satisfaction survey and a
 * complaint may refer to.
 *
 * @param outcome        {@code SERVED} (the citizen was served) or {@code NOT_SERVED} (e.g. papers missing)
 * @param waitingSeconds seconds between issue and first call
 * @param serviceSeconds seconds between the call and completion
 */
@EventType(value = "id.go.mpp.queue.ticket-completed.v1", topic = Topics.QUEUE_VISITS)
public record TicketCompleted(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String citizenId,
        String outcome,
        Instant completedAt,
        long waitingSeconds,
        long serviceSeconds) implements TicketEvent {
}
