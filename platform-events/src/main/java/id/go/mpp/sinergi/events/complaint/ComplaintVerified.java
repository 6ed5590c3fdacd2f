package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The MPP admin verified the complaint; disposition to an agency is due by {@code dispositionBy}. */
@EventType(value = "id.go.mpp.complaint.complaint-verified.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintVerified(
        String complaintId,
        String mppCode,
        Instant verifiedAt,
        Instant dispositionBy) implements ComplaintEvent {
}
