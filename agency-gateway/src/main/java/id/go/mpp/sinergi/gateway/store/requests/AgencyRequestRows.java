package id.go.mpp.sinergi.gateway.store.requests;

import id.go.mpp.sinergi.data.db.NativeColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code agency_request} table: calls to agency systems waiting, being sent, answered or given up. Every method
 * runs in the caller's transaction.
 */
@ApplicationScoped
public class AgencyRequestRows {

    private static final String INSERT = """
            insert into agency_request (id, agency_code, operation, idempotency_key, subject_id, mpp_code, purpose,
                                        payload, requested_by, status, next_attempt_at, created_at)
            values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, cast(cast(?8 as text) as jsonb), ?9, 'PENDING', ?10, ?10)
            on conflict (agency_code, idempotency_key) do nothing""";

    private static final String COLUMNS = """
            id::text, agency_code, operation, idempotency_key, subject_id, mpp_code, purpose, payload::text,
            requested_by, status, attempts, next_attempt_at, last_error, outcome, answer_code, answer_message,
            attributes::text, created_at, finished_at""";

    /** Claims due requests of one agency (also those whose sender's lease ran out: it died mid-call). */
    private static final String CLAIM = """
            with due as (
                select id from agency_request
                where agency_code = ?1 and status in ('PENDING', 'SENDING') and next_attempt_at <= ?2
                  and (status = 'PENDING' or lease_until < ?2)
                order by next_attempt_at
                limit ?3
                for update skip locked)
            update agency_request r set status = 'SENDING', attempts = r.attempts + 1, lease_until = ?4
            from due where r.id = due.id
            returning
            """ + COLUMNS.replace("id::text", "r.id::text").replace("attempts,", "r.attempts,");

    private static final String ANSWERED = """
            update agency_request set status = 'ANSWERED', outcome = ?2, answer_code = ?3, answer_message = ?4,
                   attributes = cast(cast(?5 as text) as jsonb), payload = null, lease_until = null, finished_at = ?6,
                   last_error = null
            where id = cast(?1 as uuid) and status = 'SENDING'""";

    private static final String RESCHEDULE = """
            update agency_request set status = 'PENDING', next_attempt_at = ?2, last_error = ?3, lease_until = null
            where id = cast(?1 as uuid) and status = 'SENDING'""";

    private static final String DEAD = """
            update agency_request set status = 'DEAD', last_error = ?2, lease_until = null, finished_at = ?3
            where id = cast(?1 as uuid) and status = 'SENDING'""";

    private static final String RETRY_DEAD = """
            update agency_request set status = 'PENDING', attempts = 0, next_attempt_at = ?2, finished_at = null
            where id = cast(?1 as uuid) and status = 'DEAD'""";

    private static final String DISCARD_DEAD = """
            update agency_request set status = 'DISCARDED', payload = null, finished_at = ?2
            where id = cast(?1 as uuid) and status = 'DEAD'""";

    private static final String BY_ID = "select " + COLUMNS + " from agency_request where id = cast(?1 as uuid)";

    private static final String DEAD_LETTERS = "select " + COLUMNS + "\n" + """
            from agency_request
            where status = 'DEAD' and (cast(?1 as text) is null or agency_code = ?1) and mpp_code = ?3
            order by finished_at desc
            limit ?2""";

    private static final String BACKLOG = """
            select agency_code,
                   count(*) filter (where status in ('PENDING', 'SENDING')),
                   min(created_at) filter (where status in ('PENDING', 'SENDING')),
                   count(*) filter (where status = 'DEAD')
            from agency_request
            where status in ('PENDING', 'SENDING', 'DEAD')
            group by agency_code""";

    /** One request as stored. {@code payload} and {@code attributes} are JSON text. */
    public record Row(UUID id, String agencyCode, String operation, String idempotencyKey, String subjectId,
                      String mppCode, String purpose, String payload, String requestedBy, String status, int attempts,
                      Instant nextAttemptAt, String lastError, String outcome, String answerCode, String answerMessage,
                      String attributes, Instant createdAt, Instant finishedAt) {
    }

    /** Waiting work of one agency, for operators. */
    public record Backlog(String agencyCode, long pending, Instant oldestPending, long dead) {
    }

    /**
     * Adds a request unless one with the same agency and idempotency key exists (a redelivered event, a repeated
     * call): true if it was added.
     */
    public Uni<Boolean> insert(UUID id, String agencyCode, String operation, String idempotencyKey, String subjectId,
                               String mppCode, String purpose, String payloadJson, String requestedBy, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter(1, id.toString()).setParameter(2, agencyCode).setParameter(3, operation)
                .setParameter(4, idempotencyKey).setParameter(5, subjectId).setParameter(6, mppCode)
                .setParameter(7, purpose).setParameter(8, payloadJson).setParameter(9, requestedBy)
                .setParameter(10, now)
                .executeUpdate()).map(n -> n == 1);
    }

    /** Claims up to {@code limit} due requests of {@code agencyCode}, leased until {@code leaseUntil}. */
    public Uni<List<Row>> claim(String agencyCode, Instant now, int limit, Instant leaseUntil) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CLAIM, Object[].class)
                .setParameter(1, agencyCode).setParameter(2, now).setParameter(3, limit).setParameter(4, leaseUntil)
                .getResultList()).map(rows -> rows.stream().map(AgencyRequestRows::row).toList());
    }

    /** The agency answered for good: the payload is erased. False if the request was not being sent any more. */
    public Uni<Boolean> answered(UUID id, String outcome, String code, String message, String attributesJson,
                                 Instant now) {
        return update(ANSWERED, id, outcome, code, message, attributesJson, now);
    }

    public Uni<Boolean> reschedule(UUID id, Instant next, String error) {
        return update(RESCHEDULE, id, next, error);
    }

    public Uni<Boolean> dead(UUID id, String error, Instant now) {
        return update(DEAD, id, error, now);
    }

    public Uni<Boolean> retryDead(UUID id, Instant now) {
        return update(RETRY_DEAD, id, now);
    }

    public Uni<Boolean> discardDead(UUID id, Instant now) {
        return update(DISCARD_DEAD, id, now);
    }

    public Uni<Optional<Row>> find(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(BY_ID, Object[].class)
                .setParameter(1, id.toString()).getResultList())
                .map(rows -> rows.stream().findFirst().map(AgencyRequestRows::row));
    }

    /** The dead letters of one MPP, newest first. */
    public Uni<List<Row>> deadLetters(String agencyCode, String mppCode, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DEAD_LETTERS, Object[].class)
                .setParameter(1, agencyCode).setParameter(2, limit).setParameter(3, mppCode).getResultList())
                .map(rows -> rows.stream().map(AgencyRequestRows::row).toList());
    }

    public Uni<List<Backlog>> backlog() {
        return Panache.getSession().chain(s -> s.createNativeQuery(BACKLOG, Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new Backlog((String) r[0], ((Number) r[1]).longValue(),
                        NativeColumns.instant(r[2]), ((Number) r[3]).longValue())).toList());
    }

    private Uni<Boolean> update(String sql, UUID id, Object... values) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql).setParameter(1, id.toString());
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 2, values[i]);
            }
            return query.executeUpdate();
        }).map(n -> n == 1);
    }

    private static Row row(Object[] r) {
        return new Row(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], ((Number) r[10]).intValue(),
                NativeColumns.instant(r[11]), (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16],
                NativeColumns.instant(r[17]), NativeColumns.instant(r[18]));
    }
}
