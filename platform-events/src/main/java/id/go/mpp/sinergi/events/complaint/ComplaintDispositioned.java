package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The complaint was handed to the responsible agency; its follow-up is due by {@code followUpBy}. */
@EventType(value = "id.go.mpp.complaint.complaint-dispositioned.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintDispositioned(
        String complaintId,
        String mppCode,
        String agencyCode,
        String serviceCode,
        Instant dispositionedAt,
        Instant followUpBy) implements ComplaintEvent {
}
