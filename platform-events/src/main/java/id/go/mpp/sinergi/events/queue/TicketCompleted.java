package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Service for a ticket is finished. A visit that was served is what a satisfaction survey and a
 * complaint may refer to.
 *
 * @param outcome        {@code SERVED} (the citizen was served) or {@code NOT_SERVED} (e.g. papers missing)
 * @param waitingSeconds seconds between issue and first call
 * @param serviceSeconds seconds between the call and completion
 * @param surveyCodeHash SHA-256 (hex) of the survey code printed on the ticket ({@code ReadableCodes.hash}), by
 *                       which its holder answers the survey without an account; never the code itself, since
 *                       other agencies read this topic. Null for a ticket without a code (issued before survey
 *                       codes) and in events published before this field was added
 * @param serviceDate    the MPP-local day the ticket belongs to, e.g. for a survey's reporting period; null in events
 *                       published before this field was added
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
        long serviceSeconds,
        String surveyCodeHash,
        LocalDate serviceDate) implements TicketEvent {
}
