package id.go.mpp.sinergi.gateway.store.identity;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code identity_verification} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class IdentityVerificationRows {

    private static final String INSERT = """
            insert into identity_verification (id, visit_id, mpp_code, status, subject_ref, consent_scope, consent_at,
                                               requested_by, requested_by_agency, requested_at, request_id)
            values (cast(?1 as uuid), ?2, ?3, 'PENDING', ?4, ?5, ?6, ?7, ?8, ?6, cast(?9 as uuid))""";

    private static final String COLUMNS = """
            id::text, visit_id, mpp_code, status, elements::text, scores::text, subject_ref, consent_scope,
            requested_by, requested_by_agency, requested_at, verified_at, request_id::text""";

    private static final String LATEST_OF_VISIT = "select " + COLUMNS
            + " from identity_verification where visit_id = ?1 order by requested_at desc, id limit 1";

    private static final String ANSWERED = """
            update identity_verification set status = ?2, elements = cast(cast(?3 as text) as jsonb),
                   scores = cast(cast(?4 as text) as jsonb), verified_at = ?5
            where id = cast(?1 as uuid)""";

    private static final String STATUS_OF_REQUEST = """
            update identity_verification set status = ?2 where request_id = cast(?1 as uuid) and status = ?3""";

    /** A verification as stored; {@code elements} and {@code scores} are JSON text. */
    public record Row(UUID id, String visitId, String mppCode, String status, String elements, String scores,
                      String subjectRef, String consentScope, String requestedBy, String requestedByAgency,
                      Instant requestedAt, Instant verifiedAt, UUID requestId) {
    }

    public Uni<Void> insert(UUID id, String visitId, String mppCode, String subjectRef, String consentScope,
                            Instant now, String requestedBy, String requestedByAgency, UUID requestId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter(1, id.toString()).setParameter(2, visitId).setParameter(3, mppCode)
                .setParameter(4, subjectRef).setParameter(5, consentScope).setParameter(6, now)
                .setParameter(7, requestedBy).setParameter(8, requestedByAgency).setParameter(9, requestId.toString())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Optional<Row>> latestOf(String visitId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LATEST_OF_VISIT, Object[].class)
                .setParameter(1, visitId).getResultList())
                .map(rows -> rows.stream().findFirst().map(IdentityVerificationRows::row));
    }

    public Uni<Void> answered(UUID id, String status, String elementsJson, String scoresJson, Instant verifiedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ANSWERED)
                .setParameter(1, id.toString()).setParameter(2, status).setParameter(3, elementsJson)
                .setParameter(4, scoresJson).setParameter(5, verifiedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** Moves the verification of a request from status {@code from} to {@code status} (given up, retried). */
    public Uni<Void> statusOfRequest(UUID requestId, String status, String from) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STATUS_OF_REQUEST)
                .setParameter(1, requestId.toString()).setParameter(2, status).setParameter(3, from)
                .executeUpdate()).replaceWithVoid();
    }

    private static Row row(Object[] r) {
        return new Row(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], NativeColumns.instant(r[10]),
                NativeColumns.instant(r[11]), UUID.fromString((String) r[12]));
    }
}
