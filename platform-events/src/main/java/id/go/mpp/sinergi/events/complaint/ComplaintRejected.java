package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The MPP admin rejected the complaint with a reason (the reason stays in complaint-service). */
@EventType(value = "id.go.mpp.complaint.complaint-rejected.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintRejected(
        String complaintId,
        String mppCode,
        Instant rejectedAt) implements ComplaintEvent {
}
