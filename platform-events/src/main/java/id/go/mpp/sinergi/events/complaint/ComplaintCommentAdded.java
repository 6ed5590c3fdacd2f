package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A comment was added to the complaint by {@code author} ({@code REPORTER}, {@code AGENCY} or {@code ADMIN});
 * {@code forAgency}: a reporter's comment after the agency's response, a new item the agency has to look at. The
 * text stays in complaint-service.
 */
@EventType(value = "id.go.mpp.complaint.comment-added.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintCommentAdded(
        String complaintId,
        String mppCode,
        String agencyCode,
        String author,
        boolean forAgency,
        Instant addedAt) implements ComplaintEvent {
}
