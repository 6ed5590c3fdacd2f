package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * At the call, the officer confirmed the priority a citizen asked for when taking the ticket. Says only that it is
 * confirmed, never the group (health data, UU 27/2022).
 */
@EventType(value = "id.go.mpp.queue.ticket-priority-confirmed.v1", topic = Topics.QUEUE_VISITS)
public record TicketPriorityConfirmed(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String officerId,
        Instant confirmedAt) implements TicketEvent {
}
