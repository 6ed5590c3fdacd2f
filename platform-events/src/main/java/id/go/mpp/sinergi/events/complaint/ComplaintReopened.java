package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The reporter reopened a responded or closed complaint within the window; it is back with the agency, follow-up due by {@code followUpBy}. */
@EventType(value = "id.go.mpp.complaint.complaint-reopened.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintReopened(
        String complaintId,
        String mppCode,
        String agencyCode,
        Instant reopenedAt,
        Instant followUpBy) implements ComplaintEvent {
}
