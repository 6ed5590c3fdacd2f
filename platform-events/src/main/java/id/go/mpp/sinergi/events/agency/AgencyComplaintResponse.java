package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * An agency system acts on a complaint dispositioned to it by publishing this event instead of calling the API:
 * {@code action} is {@code START} (work begins), {@code RESPOND} (the follow-up, {@code note} required) or
 * {@code NOT_OUR_AUTHORITY} (back to triage, {@code note} required). complaint-service consumes it once per
 * CloudEvents id; a complaint that is not the agency's, or not in a state for the action, is dead-lettered.
 */
@EventType(value = "id.go.mpp.agency.complaint-response.v1", topic = Topics.AGENCY_COMPLAINT_RESPONSES)
public record AgencyComplaintResponse(
        String complaintId,
        String mppCode,
        String agencyCode,
        String action,
        String note,
        Instant respondedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
