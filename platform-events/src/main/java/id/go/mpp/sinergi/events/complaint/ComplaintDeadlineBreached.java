package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A stage's deadline passed without its action: {@code stage} is VERIFICATION, DISPOSITION or FOLLOW_UP. Published once per stage and complaint. */
@EventType(value = "id.go.mpp.complaint.complaint-deadline-breached.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintDeadlineBreached(
        String complaintId,
        String mppCode,
        String agencyCode,
        String stage,
        Instant dueAt,
        Instant detectedAt) implements ComplaintEvent {
}
