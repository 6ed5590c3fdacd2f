package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit moved on to another service (often another agency): the step {@code fromTicketId} ended and the
 * new ticket {@code toTicketId} waits in the new queue, keeping its place by the visit's original arrival.
 *
 * @param arrivedAt          when the visit first arrived (its place in every later queue)
 * @param fromSurveyCodeHash SHA-256 (hex) of the survey code of the step that ended ({@code ReadableCodes.hash}): the
 *                           step was served, and its holder may rate it; never the code itself. Null for a ticket
 *                           without a code and in events published before this field was added
 * @param fromServiceDate    the MPP-local day of the step that ended; null in events published before this field
 */
@EventType(value = "id.go.mpp.queue.ticket-transferred.v1", topic = Topics.QUEUE_VISITS)
public record TicketTransferred(
        String visitId,
        String fromTicketId,
        String fromTicketNumber,
        String fromAgencyCode,
        String fromServiceCode,
        String fromCounterCode,
        String toTicketId,
        String toTicketNumber,
        String toAgencyCode,
        String toServiceCode,
        String mppCode,
        String citizenId,
        String officerId,
        String note,
        Instant arrivedAt,
        Instant transferredAt,
        String fromSurveyCodeHash,
        LocalDate fromServiceDate) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public String subject() {
        return toTicketId;
    }
}
