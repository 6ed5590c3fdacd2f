package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A ticket waits in its line again, keeping its place: it was parked at a counter that closed
 * ({@code COUNTER_CLOSED}), or the officer found no ground for the priority its citizen asked for and it goes on in
 * the regular line ({@code PRIORITY_CLEARED}).
 *
 * @param reason {@code COUNTER_CLOSED} or {@code PRIORITY_CLEARED}
 * @param line   the line it waits in now: {@code REGULAR}, {@code PRIORITY} or {@code APPOINTMENT}
 */
@EventType(value = "id.go.mpp.queue.ticket-returned-to-queue.v1", topic = Topics.QUEUE_VISITS)
public record TicketReturnedToQueue(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        String reason,
        String line,
        Instant returnedAt) implements TicketEvent {
}
