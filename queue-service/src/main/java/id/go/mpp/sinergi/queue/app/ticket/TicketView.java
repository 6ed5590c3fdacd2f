package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.queue.domain.SurveyCodes;
import id.go.mpp.sinergi.queue.store.Ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A ticket (one step of a visit) as citizens and officers see it. {@code surveyCode}: printed on the ticket and shown
 * at completion ({@code XXXXX-XXXXX}), so that its holder can answer the satisfaction survey without an account.
 */
public record TicketView(UUID id, UUID visitId, int step, String number, String mppCode, String agencyCode,
                         String serviceCode, LocalDate serviceDate, String channel, String line, String priorityGroup,
                         boolean priorityConfirmed,
                         String status, String counterCode, String outcome, int recalls, Instant arrivedAt,
                         Instant appointmentAt, Instant issuedAt, Instant calledAt, Instant serviceStartedAt,
                         Instant completedAt, String transferNote, String surveyCode) {

    public static TicketView of(Ticket t) {
        return new TicketView(t.id, t.visitId, t.step, t.number, t.mppCode, t.agencyCode, t.serviceCode, t.serviceDate,
                t.channel, t.line == null ? null : t.line.name(),
                t.priorityGroup == null ? null : t.priorityGroup.name(), t.priorityConfirmed, t.status.name(), t.counterCode,
                t.outcome == null ? null : t.outcome.name(), t.recalls, t.arrivedAt, t.appointmentAt, t.issuedAt,
                t.calledAt, t.serviceStartedAt, t.completedAt, t.transferNote,
                SurveyCodes.printed(t.surveyCode));
    }
}
