package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * An agency's system says an application moved on (SIMKIM: {@code DIPROSES}, {@code SIAP_DIAMBIL} — the passport is
 * ready for pick-up), learnt from the system's own callback.
 *
 * @param visitId the visit the application was made for (aggregate, Kafka key); null when the callback named an
 *                application the gateway did not make
 * @param status  the agency system's own status word
 * @param ready   whether the citizen can now collect the result (e.g. pick up the passport)
 */
@EventType(value = "id.go.mpp.agency.application-status-changed.v1", topic = Topics.AGENCY_EXCHANGES)
public record AgencyApplicationStatusChanged(
        String visitId,
        String mppCode,
        String agencyCode,
        String system,
        String applicationNumber,
        String status,
        boolean ready,
        Instant changedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId != null ? visitId : applicationNumber;
    }

    @Override
    public String subject() {
        return applicationNumber;
    }
}
