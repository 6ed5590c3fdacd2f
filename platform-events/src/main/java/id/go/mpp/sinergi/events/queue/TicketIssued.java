package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket was issued: a citizen is now waiting for a service.
 *
 * @param visitId      the visit (aggregate, Kafka key); stays the same when the visit moves to another agency
 * @param ticketId     the ticket (CloudEvents subject)
 * @param ticketNumber number shown to the citizen, unique per service and local day, e.g. {@code IMI-A-012}
 * @param citizenId    the citizen's account id (token {@code sub}), null for an anonymous kiosk ticket
 * @param channel      {@code WALK_IN} or {@code ONLINE}
 * @param priority     whether the ticket waits in the priority line (UU 25/2009 Pasal 29); never why: the group
 *                     (e.g. a disability or a pregnancy) is health data that stays in queue-service (UU 27/2022)
 * @param serviceDate  the MPP-local day the ticket belongs to
 */
@EventType(value = "id.go.mpp.queue.ticket-issued.v1", topic = Topics.QUEUE_VISITS)
public record TicketIssued(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String citizenId,
        String channel,
        boolean priority,
        LocalDate serviceDate,
        Instant issuedAt) implements TicketEvent {
}
