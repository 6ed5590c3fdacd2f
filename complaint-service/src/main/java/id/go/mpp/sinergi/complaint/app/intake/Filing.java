package id.go.mpp.sinergi.complaint.app.intake;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;

import java.util.List;
import java.util.UUID;

/**
 * A complaint as it arrives from any channel, already validated for shape: what it is about (a ticket, a visit,
 * an agency and service, or nothing: triage decides), its text and media, its flags and its reporter; for a survey
 * follow-up, the survey response it comes from ({@code survey}, else null).
 */
public record Filing(ComplaintChannel channel, ComplaintCategory category, String description, String mppCode,
                     String agencyCode, String serviceCode, UUID visitId, UUID ticketId, boolean anonymous,
                     boolean confidential, List<String> mediaUrls, ReporterDetails reporter, SurveyOrigin survey) {

    /** A filing of a channel people write to (not a survey follow-up). */
    public Filing(ComplaintChannel channel, ComplaintCategory category, String description, String mppCode,
                  String agencyCode, String serviceCode, UUID visitId, UUID ticketId, boolean anonymous,
                  boolean confidential, List<String> mediaUrls, ReporterDetails reporter) {
        this(channel, category, description, mppCode, agencyCode, serviceCode, visitId, ticketId, anonymous,
                confidential, mediaUrls, reporter, null);
    }

    /**
     * The survey response a follow-up comes from: its invitation (one follow-up each) and the ticket step rated as
     * survey-service's event states it, which stands in for {@code known_ticket} while that does not know the
     * ticket yet (the queue's events may come later than the survey's).
     */
    public record SurveyOrigin(String invitationId, UUID visitId, UUID ticketId, String ticketNumber, String mppCode,
                               String agencyCode, String serviceCode, String counterCode) {
    }

    /** Who reports: an account, contact details given, or a WhatsApp number; all optional but one. */
    public record ReporterDetails(String accountId, String name, String phone, String email, String whatsappId) {

        public static ReporterDetails account(String accountId, String name, String phone, String email) {
            return new ReporterDetails(accountId, name, phone, email, null);
        }
    }
}
