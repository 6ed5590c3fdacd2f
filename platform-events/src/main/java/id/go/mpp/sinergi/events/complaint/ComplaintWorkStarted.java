package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The agency started working on the complaint (IN_PROGRESS). */
@EventType(value = "id.go.mpp.complaint.complaint-work-started.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintWorkStarted(
        String complaintId,
        String mppCode,
        String agencyCode,
        Instant startedAt) implements ComplaintEvent {
}
