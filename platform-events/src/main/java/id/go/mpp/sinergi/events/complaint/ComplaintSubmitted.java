package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A complaint, suggestion or information request was received from a channel; verification is due by {@code verifyBy}. The flags say how it may be shown, never who sent it. */
@EventType(value = "id.go.mpp.complaint.complaint-submitted.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintSubmitted(
        String complaintId,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String ticketId,
        String kind,
        String channel,
        boolean anonymous,
        boolean confidential,
        Instant submittedAt,
        Instant verifyBy) implements ComplaintEvent {
}
