package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.util.Map;

/**
 * An agency system answered a check an adapter made for a visit (e.g. a BPJS Kesehatan membership): the event any
 * adapter may publish without a record of its own, so a new agency plugs in without changing this module.
 *
 * @param visitId    the visit (aggregate, Kafka key), or the subject the check was about
 * @param requestId  the gateway's request (CloudEvents subject)
 * @param outcome    {@code DONE}, {@code ASK_CITIZEN} or {@code REFUSED}
 * @param attributes the answer in the adapter's words; never personal data
 */
@EventType(value = "id.go.mpp.agency.check-completed.v1", topic = Topics.AGENCY_EXCHANGES)
public record AgencyCheckCompleted(
        String visitId,
        String requestId,
        String mppCode,
        String agencyCode,
        String operation,
        String outcome,
        String code,
        Map<String, String> attributes,
        Instant completedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public String subject() {
        return requestId;
    }
}
