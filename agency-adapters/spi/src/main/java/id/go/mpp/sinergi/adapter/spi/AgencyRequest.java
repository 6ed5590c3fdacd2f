package id.go.mpp.sinergi.adapter.spi;

import java.util.Map;
import java.util.Objects;

/**
 * One call to make of an agency's system, persisted by the gateway before it is sent.
 *
 * @param operation      one of the adapter's {@link AdapterDescriptor#operations()}
 * @param idempotencyKey the same for every attempt of this call and never reused for another: the agency's system (or
 *                       the adapter) uses it so a retried call never creates two applications
 * @param subjectId      what the call is about, usually the visit id; the Kafka key of the events it leads to
 * @param mppCode        the MPP it concerns
 * @param purpose        why the data are exchanged, in words the message log shows (UU 27/2022: a stated purpose)
 * @param payload        what the adapter needs to make the call; may hold personal data: the gateway keeps it only until
 *                       the call is done and never writes it to a log or an event
 */
public record AgencyRequest(String operation, String idempotencyKey, String subjectId, String mppCode, String purpose,
                            Map<String, String> payload) {

    public AgencyRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(subjectId, "subjectId");
        payload = Map.copyOf(payload);
    }
}
