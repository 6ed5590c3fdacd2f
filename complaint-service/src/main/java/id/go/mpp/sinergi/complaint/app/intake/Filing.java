package id.go.mpp.sinergi.complaint.app.intake;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;

import java.util.List;
import java.util.UUID;

/**
 * A complaint as it arrives from any channel, already validated for shape: what it is about (a ticket, a visit,
 * an agency and service, or nothing: triage decides), its text and media, its flags and its reporter.
 */
public record Filing(ComplaintChannel channel, ComplaintCategory category, String description, String mppCode,
                     String agencyCode, String serviceCode, UUID visitId, UUID ticketId, boolean anonymous,
                     boolean confidential, List<String> mediaUrls, ReporterDetails reporter) {

    /** Who reports: an account, contact details given, or a WhatsApp number; all optional but one. */
    public record ReporterDetails(String accountId, String name, String phone, String email, String whatsappId) {

        public static ReporterDetails account(String accountId, String name, String phone, String email) {
            return new ReporterDetails(accountId, name, phone, email, null);
        }
    }
}
