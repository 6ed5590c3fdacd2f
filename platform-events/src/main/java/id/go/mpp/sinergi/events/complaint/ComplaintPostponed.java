package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The MPP admin postponed (tunda) the complaint with a reason; its deadline is paused. */
@EventType(value = "id.go.mpp.complaint.complaint-postponed.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintPostponed(
        String complaintId,
        String mppCode,
        String statusBefore,
        Instant postponedAt) implements ComplaintEvent {
}
