package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A complaint whose deadline was breached is on the MPP admin's escalation list. */
@EventType(value = "id.go.mpp.complaint.complaint-escalated.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintEscalated(
        String complaintId,
        String mppCode,
        String agencyCode,
        String stage,
        Instant escalatedAt) implements ComplaintEvent {
}
