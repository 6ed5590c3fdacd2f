package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * OSS says a licence of a business changed status (its webhook): issued, revoked, back in process.
 *
 * @param nib       the business identity number (aggregate, Kafka key)
 * @param licenceId OSS's licence id (CloudEvents subject)
 * @param status    OSS's own status word ({@code TERBIT}, {@code PROSES}, {@code DICABUT} …)
 */
@EventType(value = "id.go.mpp.agency.licence-status-changed.v1", topic = Topics.AGENCY_EXCHANGES)
public record LicenceStatusChanged(
        String nib,
        String licenceId,
        String agencyCode,
        String status,
        Instant changedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return nib;
    }

    @Override
    public String subject() {
        return licenceId;
    }
}
