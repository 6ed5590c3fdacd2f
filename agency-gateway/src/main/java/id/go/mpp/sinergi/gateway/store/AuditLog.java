package id.go.mpp.sinergi.gateway.store;

import id.go.mpp.sinergi.data.batch.Columns;
import id.go.mpp.sinergi.data.batch.GroupCommit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Writes audit records ({@link AuditRecord}'s table) on the reactive pool, with group commit: records of requests
 * answered at the same moment are inserted together in one statement ({@link GroupCommit}), one commit and one WAL
 * flush for all. In the quota rush an autocommitted insert per attempt had PostgreSQL spend ≈ 0.4 of a core on
 * the audit log alone. The caller's answer still waits until its record is committed.
 */
@ApplicationScoped
public class AuditLog {

    static final String INSERT = """
            insert into audit_record (at, caller_id, caller_kind, agency_code, action, target, status, outcome)
            values ($1, $2, $3, $4, $5, $6, $7, $8)""";

    static final String INSERT_MANY = """
            insert into audit_record (at, caller_id, caller_kind, agency_code, action, target, status, outcome)
            select * from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                                 $8::text[])""";

    private record Entry(OffsetDateTime at, String callerId, String callerKind, String agencyCode, String action,
                         String target, int status, String outcome) {
    }

    private final Pool pool;
    private final GroupCommit<Entry, Boolean> commits;

    public AuditLog(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        DistributionSummary sizes = DistributionSummary.builder("sinergi.gateway.audit.statement.records")
                .description("Audit records written per statement (group commit)").register(registry);
        this.commits = new GroupCommit<>("audit log", 256, null, this::insertMany, this::insertOne,
                new GroupCommit.Listener() {
                    @Override
                    public void written(int size, long nanos) {
                        sizes.record(size);
                    }

                    @Override
                    public void splitUp(int size, Throwable failure) {
                        // each record is then written alone; GroupCommit logs it
                    }
                });
    }

    public Uni<Void> record(Instant at, String callerId, String callerKind, String agencyCode, String action,
                            String target, int status, AuditOutcome outcome) {
        return commits.submit(new Entry(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), callerId, callerKind, agencyCode,
                action, target, status, outcome.name())).replaceWithVoid();
    }

    private Uni<Boolean> insertOne(Entry e) {
        return pool.preparedQuery(INSERT)
                .execute(Tuple.tuple(Arrays.asList(e.at, e.callerId, e.callerKind, e.agencyCode, e.action, e.target,
                        e.status, e.outcome)))
                .replaceWith(true);
    }

    private Uni<List<Boolean>> insertMany(List<Entry> entries) {
        return pool.preparedQuery(INSERT_MANY)
                .execute(Tuple.tuple(Arrays.asList(
                        Columns.of(entries, Entry::at, OffsetDateTime[]::new),
                        Columns.of(entries, Entry::callerId, String[]::new),
                        Columns.of(entries, Entry::callerKind, String[]::new),
                        Columns.of(entries, Entry::agencyCode, String[]::new),
                        Columns.of(entries, Entry::action, String[]::new),
                        Columns.of(entries, Entry::target, String[]::new),
                        Columns.of(entries, Entry::status, Integer[]::new),
                        Columns.of(entries, Entry::outcome, String[]::new))))
                .map(rows -> Collections.nCopies(entries.size(), true));
    }
}
