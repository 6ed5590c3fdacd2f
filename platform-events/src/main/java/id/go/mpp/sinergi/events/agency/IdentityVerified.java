package id.go.mpp.sinergi.events.agency;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.util.Map;

/**
 * Dukcapil answered an identity verification a visitor consented to for a visit. Never the NIK nor the data
 * checked: only how each element compared and a pseudonymous reference that is the same for the same NIK.
 *
 * @param verificationId the verification (Kafka key's subject)
 * @param visitId        the visit it was made for (aggregate, Kafka key): the other steps of that visit rely on it
 * @param requestedBy    who asked: {@code KIOSK}, {@code CITIZEN} or {@code OFFICER}
 * @param requestedByAgency the agency of the officer who asked; null for a kiosk or the citizen
 * @param outcome        {@code VERIFIED} (every element matched), {@code NOT_MATCHED} (some did not),
 *                       {@code NOT_FOUND}, {@code INACTIVE}, {@code DECEASED} or {@code REFUSED} (the NIK is not in
 *                       Dukcapil's format, or Dukcapil refused the partner)
 * @param elements       per element checked ({@code NAMA_LGKP}, {@code TGL_LHR}, …): {@code SESUAI} or
 *                       {@code TIDAK_SESUAI}; empty unless the record was compared
 * @param scores         similarity 0–100 of the fuzzy elements (name, place of birth, address parts)
 * @param subjectRef     pseudonym of the NIK (keyed hash): equal for the same person, useless to anyone else
 * @param consentScope   what the visitor consented to, e.g. {@code VISIT} (the agencies of this visit)
 */
@EventType(value = "id.go.mpp.agency.identity-verified.v1", topic = Topics.AGENCY_EXCHANGES)
public record IdentityVerified(
        String verificationId,
        String visitId,
        String mppCode,
        String requestedBy,
        String requestedByAgency,
        String outcome,
        Map<String, String> elements,
        Map<String, Integer> scores,
        String subjectRef,
        String consentScope,
        Instant requestedAt,
        Instant verifiedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public String subject() {
        return verificationId;
    }
}
