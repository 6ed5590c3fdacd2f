package id.go.mpp.sinergi.gateway.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Writes audit records ({@link AuditRecord}'s table) as one autocommitted insert on the reactive pool: one round
 * trip per record instead of a Hibernate session and transaction (begin, insert, commit) — the audit write was a
 * third of the gateway's cost per booking attempt in the quota-rush benchmark. The caller's answer still waits
 * for the record to be committed.
 */
@ApplicationScoped
public class AuditLog {

    static final String INSERT = """
            insert into audit_record (at, caller_id, caller_kind, agency_code, action, target, status)
            values ($1, $2, $3, $4, $5, $6, $7)""";

    private final Pool pool;

    public AuditLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(Instant at, String callerId, String callerKind, String agencyCode, String action,
                            String target, int status) {
        return pool.preparedQuery(INSERT)
                .execute(Tuple.tuple(Arrays.asList(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), callerId, callerKind,
                        agencyCode, action, target, status)))
                .replaceWithVoid();
    }
}
