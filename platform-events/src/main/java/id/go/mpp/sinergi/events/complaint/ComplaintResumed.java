package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A postponed complaint goes on from the stage it was in, due again by {@code dueAt}. */
@EventType(value = "id.go.mpp.complaint.complaint-resumed.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintResumed(
        String complaintId,
        String mppCode,
        String status,
        Instant resumedAt,
        Instant dueAt) implements ComplaintEvent {
}
