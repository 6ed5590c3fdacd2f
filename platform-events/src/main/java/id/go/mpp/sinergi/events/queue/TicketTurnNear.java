package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A waiting ticket's turn is near: at most {@code turnNearPlaces} calls before it, or its estimated wait at most
 * {@code turnNearMinutes} (the service's settings). Published at most once per ticket, while a counter serving the
 * service is open. Carries no personal data: a notifier finds the citizen's number and consent by {@code citizenId}.
 *
 * @param citizenId            the citizen's account id (token {@code sub}), null for a walk-in without an account
 * @param placesAhead          calls before this ticket, by the calling order (as {@code GET /tickets/{id}/position})
 * @param estimatedWaitMinutes minutes until its call, estimated from the counters open and recent service times
 * @param trigger              {@code PLACES} (few enough ahead) or {@code WAIT} (short enough wait); PLACES when both
 */
@EventType(value = "id.go.mpp.queue.ticket-turn-near.v1", topic = Topics.QUEUE_VISITS)
public record TicketTurnNear(
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String citizenId,
        int placesAhead,
        long estimatedWaitMinutes,
        String trigger,
        Instant occurredAt) implements TicketEvent {
}
