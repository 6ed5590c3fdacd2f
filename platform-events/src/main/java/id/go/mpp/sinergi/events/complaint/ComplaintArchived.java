package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** The MPP admin archived the complaint as spam or as a duplicate; {@code mergedInto} names the surviving complaint of a duplicate. */
@EventType(value = "id.go.mpp.complaint.complaint-archived.v1", topic = Topics.COMPLAINT_EVENTS)
public record ComplaintArchived(
        String complaintId,
        String mppCode,
        String mergedInto,
        Instant archivedAt) implements ComplaintEvent {
}
