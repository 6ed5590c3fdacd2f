package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.util.Map;

/**
 * OSS answered a check of a business identity number (NIB) for a visit or a booking at a DPMPTSP service: whether
 * the NIB exists and is active, and the status of each of its licences. No names: a sole trader's business name is
 * the person's.
 *
 * @param subjectId the visit (or booking) the check was for (aggregate, Kafka key)
 * @param outcome   {@code VALID} (exists and active), {@code INACTIVE} (revoked or frozen) or {@code NOT_FOUND}
 * @param licences  licence id → OSS's status ({@code TERBIT}, {@code PROSES}, {@code DICABUT} …)
 */
@EventType(value = "id.go.mpp.agency.business-identity-checked.v1", topic = Topics.AGENCY_EXCHANGES)
public record BusinessIdentityChecked(
        String subjectId,
        String checkId,
        String mppCode,
        String agencyCode,
        String nib,
        String outcome,
        String nibStatus,
        Map<String, String> licences,
        Instant checkedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return subjectId;
    }

    @Override
    public String subject() {
        return checkId;
    }
}
