package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The agency gave its follow-up; the complaint closes by itself at {@code autoCloseBy} unless the reporter replies. */
@EventType(value = "id.go.mpp.complaint.complaint-responded.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintResponded(
        String complaintId,
        String mppCode,
        String agencyCode,
        Instant respondedAt,
        Instant autoCloseBy) implements ComplaintEvent {
}
