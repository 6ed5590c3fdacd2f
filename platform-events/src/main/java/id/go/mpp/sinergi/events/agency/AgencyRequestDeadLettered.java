package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A request to an agency system failed too often (or was refused for good) and waits in the dead-letter list for
 * an admin to retry or discard it. For operators' dashboards; no payload, no personal data.
 *
 * @param subjectId the visit or other subject the request was for (aggregate, Kafka key)
 * @param lastError the last failure in the adapter's words, personal data masked
 */
@EventType(value = "id.go.mpp.agency.request-dead-lettered.v1", topic = Topics.AGENCY_EXCHANGES)
public record AgencyRequestDeadLettered(
        String requestId,
        String subjectId,
        String mppCode,
        String agencyCode,
        String operation,
        int attempts,
        String lastError,
        Instant deadLetteredAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return subjectId;
    }

    @Override
    public String subject() {
        return requestId;
    }
}
