package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The complaint is closed: {@code closure} is {@code CONFIRMED} (the reporter accepted the follow-up) or {@code AUTO_CLOSED} (no reply within 10 working days). {@code withinDeadline}: the agency's follow-up came before its deadline. */
@EventType(value = "id.go.mpp.complaint.complaint-closed.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintClosed(
        String complaintId,
        String mppCode,
        String agencyCode,
        String closure,
        boolean withinDeadline,
        Instant closedAt) implements ComplaintEvent {
}
