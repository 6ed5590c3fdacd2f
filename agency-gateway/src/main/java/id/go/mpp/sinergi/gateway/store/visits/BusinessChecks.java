package id.go.mpp.sinergi.gateway.store.visits;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code business_check} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class BusinessChecks {

    private static final String INSERT = """
            insert into business_check (id, subject_id, mpp_code, nib, status, requested_by, requested_at, request_id)
            values (cast(?1 as uuid), ?2, ?3, ?4, 'PENDING', ?5, ?6, cast(?7 as uuid))""";

    private static final String LATEST = """
            select id::text, subject_id, nib, status, nib_status, licences::text, requested_by, requested_at, checked_at
            from business_check where subject_id = ?1 order by requested_at desc, id limit 1""";

    private static final String ANSWERED = """
            update business_check set status = ?2, nib_status = ?3, licences = cast(cast(?4 as text) as jsonb),
                   checked_at = ?5
            where id = cast(?1 as uuid)""";

    private static final String STATUS_OF_REQUEST = """
            update business_check set status = ?2 where request_id = cast(?1 as uuid) and status = ?3""";

    /** A check as stored; {@code licences} is JSON text. */
    public record Row(UUID id, String subjectId, String nib, String status, String nibStatus, String licences,
                      String requestedBy, Instant requestedAt, Instant checkedAt) {
    }

    public Uni<Void> insert(UUID id, String subjectId, String mppCode, String nib, String requestedBy, Instant now,
                            UUID requestId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter(1, id.toString()).setParameter(2, subjectId).setParameter(3, mppCode)
                .setParameter(4, nib).setParameter(5, requestedBy).setParameter(6, now)
                .setParameter(7, requestId.toString())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Optional<Row>> latestOf(String subjectId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LATEST, Object[].class)
                .setParameter(1, subjectId).getResultList())
                .map(rows -> rows.stream().findFirst().map(r -> new Row(UUID.fromString((String) r[0]), (String) r[1],
                        (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], NativeColumns.instant(r[7]),
                        NativeColumns.instant(r[8]))));
    }

    public Uni<Void> answered(UUID id, String status, String nibStatus, String licencesJson, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ANSWERED)
                .setParameter(1, id.toString()).setParameter(2, status).setParameter(3, nibStatus)
                .setParameter(4, licencesJson).setParameter(5, at)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> statusOfRequest(UUID requestId, String status, String from) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STATUS_OF_REQUEST)
                .setParameter(1, requestId.toString()).setParameter(2, status).setParameter(3, from)
                .executeUpdate()).replaceWithVoid();
    }
}
