package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The agency answered "bukan wewenang" (not its authority): the complaint is back with the MPP admin for a new disposition, due by {@code dispositionBy}. */
@EventType(value = "id.go.mpp.complaint.complaint-returned-to-triage.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintReturnedToTriage(
        String complaintId,
        String mppCode,
        String agencyCode,
        Instant returnedAt,
        Instant dispositionBy) implements ComplaintEvent {
}
