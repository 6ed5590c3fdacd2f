package id.go.mpp.sinergi.complaint.app.publiclist;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.core.privacy.Masking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as anyone may see it on the MPP's public list: what it is about, where it stands and until when,
 * and the reporter's text with NIKs, phone numbers and e-mail addresses masked. Never the reporter, the channel, the ticket or the
 * counter. The text is data: whatever HTML it holds is returned as a JSON string, never rendered.
 *
 * @param agencyCode the agency it was dispositioned to, else the one the report names (null: triage decides)
 * @param serviceCode likewise for the service
 * @param dueDay the last working day of the running stage (null when none runs)
 * @param dueAt the instant that stage's deadline passes
 */
public record PublicComplaint(String trackingId, ComplaintCategory category, ComplaintStatus status,
                              String agencyCode, String serviceCode, String description, Instant submittedAt,
                              Instant updatedAt, LocalDate dueDay, Instant dueAt) {

    public static PublicComplaint of(Complaint c) {
        return new PublicComplaint(c.trackingId, c.category, c.status,
                c.assignedAgency != null ? c.assignedAgency : c.agencyCode,
                c.assignedAgency != null ? c.assignedService : c.serviceCode,
                publicDescription(c), c.submittedAt, c.updatedAt, c.dueDay, c.dueAt);
    }

    /** The text masked at filing, or masked now for a row filed before that was stored. */
    public static String publicDescription(Complaint c) {
        return c.publicDescription != null ? c.publicDescription : Masking.personalDataIn(c.description);
    }
}
