package id.go.mpp.sinergi.complaint.app.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;

import java.time.Instant;

/** One line of a list of complaints (triage list, agency inbox, the reporter's own). No reporter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintSummary(String trackingId, ComplaintCategory category, ComplaintChannel channel,
                               ComplaintStatus status, String mppCode, String agencyCode, String serviceCode,
                               String assignedAgency, String ticketNumber, String description, boolean anonymous,
                               boolean confidential, Instant submittedAt, Instant dueAt, boolean breached) {

    public static ComplaintSummary of(Complaint c, Instant now) {
        return new ComplaintSummary(c.trackingId, c.category, c.channel, c.status, c.mppCode, c.agencyCode,
                c.serviceCode, c.assignedAgency, c.ticketNumber, c.description, c.anonymous, c.confidential,
                c.submittedAt, c.dueAt, c.dueAt != null && !now.isBefore(c.dueAt));
    }
}
