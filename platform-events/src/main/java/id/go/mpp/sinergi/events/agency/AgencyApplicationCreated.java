package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * An agency's system accepted an application made for a served step of a visit (SIMKIM: a passport application),
 * and gave it its number: the visit now carries it.
 *
 * @param visitId           the visit (aggregate, Kafka key)
 * @param ticketId          the served step's ticket
 * @param system            the agency's system, e.g. {@code SIMKIM}
 * @param applicationNumber the agency system's own number (CloudEvents subject)
 */
@EventType(value = "id.go.mpp.agency.application-created.v1", topic = Topics.AGENCY_EXCHANGES)
public record AgencyApplicationCreated(
        String visitId,
        String ticketId,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String system,
        String applicationNumber,
        String status,
        Instant createdAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public String subject() {
        return applicationNumber;
    }
}
