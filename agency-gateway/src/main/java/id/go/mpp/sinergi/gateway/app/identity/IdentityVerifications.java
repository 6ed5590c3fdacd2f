package id.go.mpp.sinergi.gateway.app.identity;

import id.go.mpp.sinergi.gateway.app.JsonColumns;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterRegistry;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyDispatcher;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyRequests;
import id.go.mpp.sinergi.gateway.app.adapters.Lane;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLog;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Step;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import id.go.mpp.sinergi.gateway.domain.identity.Pseudonym;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.gateway.store.identity.IdentityVerificationRows;
import id.go.mpp.sinergi.gateway.store.identity.VisitSteps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Identity verification at Dukcapil for a visit, once: the visitor (or the kiosk, or an officer of the visit) asks
 * with consent; the request is persisted with the verification and sent by the dispatcher, so the counter goes on
 * serving while Dukcapil is slow or down ("verification pending"); every agency of the same visit then sees the
 * outcome instead of asking again, and an agency outside the visit sees nothing (404).
 */
@ApplicationScoped
public class IdentityVerifications {

    /** What the visitor consented to: the agencies of this visit. */
    public static final String CONSENT_SCOPE = "VISIT";

    private static final DateTimeFormatter DUKCAPIL_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Statuses a new request does not replace: the once-only rule. */
    private static final Set<String> STANDING = Set.of("PENDING", "VERIFIED");

    private final VisitSteps steps;
    private final IdentityVerificationRows verifications;
    private final AgencyRequests requests;
    private final AdapterRegistry adapters;
    private final AgencyDispatcher dispatcher;
    private final MessageLog messageLog;
    private final IdentityConfig config;
    private final JsonColumns json;
    private final Clock clock;

    public IdentityVerifications(VisitSteps steps, IdentityVerificationRows verifications, AgencyRequests requests,
                                 AdapterRegistry adapters, AgencyDispatcher dispatcher, MessageLog messageLog,
                                 IdentityConfig config, JsonColumns json, Clock clock) {
        this.steps = steps;
        this.verifications = verifications;
        this.requests = requests;
        this.adapters = adapters;
        this.dispatcher = dispatcher;
        this.messageLog = messageLog;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** A verification and whether this call started it ({@code false}: the visit's standing one, not asked again). */
    public record Requested(VerificationView verification, boolean started) {
    }

    /** What the agencies of the visit see: never the NIK nor the data checked. */
    public record VerificationView(UUID verificationId, String visitId, String status, Map<String, String> elements,
                                   Map<String, Integer> scores, String consentScope, String requestedBy,
                                   String requestedByAgency, Instant requestedAt, Instant verifiedAt) {
    }

    public Uni<Requested> request(Who who, String requestedBy, String visitId, VerifyIdentity command) {
        Lane dukcapil = adapters.offering(Operations.VERIFY_IDENTITY).orElseThrow(() -> new ProblemException(503,
                "identity-verification-unavailable", LocalizedText.of("Layanan tidak tersedia", "Service unavailable"),
                LocalizedText.of("Verifikasi identitas ke Dukcapil belum diaktifkan di MPP ini.",
                        "Identity verification at Dukcapil is not enabled at this MPP."), List.of()));
        String key = config.pseudonymKey().filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(503,
                "identity-verification-unavailable", LocalizedText.of("Layanan tidak tersedia", "Service unavailable"),
                LocalizedText.of("Verifikasi identitas belum dikonfigurasi (kunci pseudonim).",
                        "Identity verification is not configured (pseudonym key)."), List.of()));
        return stepsOf(visitId).chain(visit -> Panache.withTransaction(() -> {
            if (!IdentityAccess.mayRequest(who, visit)) {
                return Uni.createFrom().<Requested>failure(unknownVisit());
            }
            return verifications.latestOf(visitId).chain(latest -> {
                if (latest.isPresent() && STANDING.contains(latest.get().status())) {
                    return Uni.createFrom().item(new Requested(view(latest.get()), false));
                }
                return start(who, requestedBy, visitId, visit.get(0).mppCode(), command, dukcapil, key);
            });
        })).invoke(requested -> {
            if (requested.started()) {
                dispatcher.wake();
            }
        });
    }

    /** The visit's latest verification, for whoever may see it; an agency's read goes to the message log. */
    public Uni<VerificationView> latest(Who who, String visitId) {
        return Panache.withTransaction(() -> steps.of(visitId).chain(visit -> {
            if (!IdentityAccess.maySee(who, visit)) {
                return Uni.createFrom().<VerificationView>failure(unknownVisit());
            }
            return verifications.latestOf(visitId).chain(latest -> {
                if (latest.isEmpty()) {
                    return Uni.createFrom().<VerificationView>failure(ProblemException.notFound("no-identity-verification", LocalizedText.of(
                            "Identitas pengunjung kunjungan ini belum diverifikasi.",
                            "The visitor's identity has not been verified for this visit.")));
                }
                VerificationView view = view(latest.get());
                if (!IdentityAccess.readsAsAgency(who, visit)) {
                    return Uni.createFrom().item(view);
                }
                return messageLog.append(new MessageLogRecord(Direction.READ, visit.get(0).mppCode(), who.agencyCode(),
                        who.accountId(), "once-only: identity verified for the visit, read by an agency of the visit",
                        "identity-verification.read", visitId, view.status(), null,
                        Map.of("verificationId", view.verificationId().toString()))).replaceWith(view);
            });
        }));
    }

    private Uni<Requested> start(Who who, String requestedBy, String visitId, String mppCode, VerifyIdentity command,
                                 Lane dukcapil, String key) {
        Instant now = Timestamps.now(clock);
        UUID verificationId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String subjectRef = Pseudonym.of(key.getBytes(StandardCharsets.UTF_8), command.nik());
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("verificationId", verificationId.toString());
        payload.put("visitId", visitId);
        payload.put("mppCode", mppCode);
        payload.put("requestedBy", requestedBy);
        if (who.agencyCode() != null && "OFFICER".equals(requestedBy)) {
            payload.put("requestedByAgency", who.agencyCode());
        }
        payload.put("requestedAt", now.toString());
        payload.put("consentScope", CONSENT_SCOPE);
        payload.put("subjectRef", subjectRef);
        payload.put("NIK", command.nik());
        payload.put("NAMA_LGKP", command.fullName());
        payload.put("TGL_LHR", DUKCAPIL_DATE.format(command.birthDate()));
        if (command.birthPlace() != null) {
            payload.put("TMPT_LHR", command.birthPlace());
        }
        if (command.sex() != null) {
            payload.put("JENIS_KLMIN", command.sex());
        }
        AgencyRequest request = new AgencyRequest(Operations.VERIFY_IDENTITY, verificationId.toString(), visitId,
                mppCode, "identity verification for a visit, with the visitor's consent", payload);
        String agencyOfOfficer = "OFFICER".equals(requestedBy) ? who.agencyCode() : null;
        return requests.enqueue(dukcapil.agencyCode(), request, who.accountId(), requestId)
                .chain(() -> verifications.insert(verificationId, visitId, mppCode, subjectRef, CONSENT_SCOPE, now,
                        requestedBy, agencyOfOfficer, requestId))
                .chain(() -> verifications.latestOf(visitId))
                .map(latest -> new Requested(view(latest.orElseThrow()), true));
    }

    /** The visit's steps; a visit not heard of yet is waited for a moment (its queue event may still be on its way). */
    private Uni<List<Step>> stepsOf(String visitId) {
        Duration wait = config.unknownVisitWait();
        long tries = Math.max(1, wait.toMillis() / 150);
        return Panache.withSession(() -> steps.of(visitId))
                .invoke(found -> {
                    if (found.isEmpty()) {
                        throw new VisitNotYetKnown();
                    }
                })
                .onFailure(VisitNotYetKnown.class).retry().withBackOff(Duration.ofMillis(150), Duration.ofMillis(150))
                .atMost(tries)
                .onFailure(VisitNotYetKnown.class).recoverWithItem(List.of());
    }

    private VerificationView view(IdentityVerificationRows.Row row) {
        return new VerificationView(row.id(), row.visitId(), row.status(), json.strings(row.elements()),
                json.integers(row.scores()), row.consentScope(), row.requestedBy(), row.requestedByAgency(),
                row.requestedAt(), row.verifiedAt());
    }

    private static ProblemException unknownVisit() {
        return ProblemException.notFound("unknown-visit", LocalizedText.of("Kunjungan tidak ditemukan.",
                "No such visit."));
    }

    private static final class VisitNotYetKnown extends RuntimeException {
        VisitNotYetKnown() {
            super(null, null, false, false);
        }
    }
}
