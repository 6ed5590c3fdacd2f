package id.go.mpp.sinergi.gateway.store.messagelog;

import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogEntry;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogQuery;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogScope;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Appending entries to {@code message_log} and reading them: one, or a page of a search, newest first by keyset on
 * seq (indexes {@code message_log_agency_seq}, {@code message_log_mpp_seq}, {@code message_log_subject_seq}).
 */
@ApplicationScoped
public class MessageLogRows {

    // The casts type every parameter, null or not; details go as text and become jsonb in the database.
    static final String INSERT = """
            insert into message_log (recorded_at, direction, mpp_code, agency_code, actor, purpose, operation,
                                     subject_id, outcome, payload_sha256, details)
            values (?1, cast(?2 as text), cast(?3 as text), cast(?4 as text), cast(?5 as text), cast(?6 as text),
                    cast(?7 as text), cast(?8 as text), cast(?9 as text), cast(?10 as text),
                    cast(cast(?11 as text) as jsonb))""";

    static final String ONE = MessageLogColumns.SELECT + " where seq = ?1";

    /** A page: the scope's and the filters' conditions take the place of {@code %s}, each "and …" with its parameter. */
    static final String PAGE = MessageLogColumns.SELECT + """
             where seq < ?1%s
            order by seq desc
            limit ?2""";

    /** Adds the entry, unsealed, in the current transaction (it is committed or rolled back with the caller's work). */
    public Uni<Void> append(MessageLogEntry e) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter(1, e.recordedAt().atOffset(ZoneOffset.UTC))
                .setParameter(2, e.direction().name())
                .setParameter(3, e.mppCode())
                .setParameter(4, e.agencyCode())
                .setParameter(5, e.actor())
                .setParameter(6, e.purpose())
                .setParameter(7, e.operation())
                .setParameter(8, e.subjectId())
                .setParameter(9, e.outcome())
                .setParameter(10, e.payloadSha256())
                .setParameter(11, MessageLogColumns.json(e.details()))
                .executeUpdate()).replaceWithVoid();
    }

    /** The entry with this seq, or null. */
    public Uni<StoredEntry> one(long seq) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ONE, Object[].class).setParameter(1, seq)
                .getResultList()).map(rows -> rows.isEmpty() ? null : MessageLogColumns.entry(rows.get(0)));
    }

    /**
     * Up to {@code query.size() + 1} entries of the scope that match the query, newest first (one more than a page, to
     * know whether another follows). A scope that sees nothing gets nothing.
     */
    public Uni<List<StoredEntry>> page(MessageLogScope scope, MessageLogQuery query) {
        if (scope.seesNothing()) {
            return Uni.createFrom().item(List.of());
        }
        // Only the filters given are in the statement: PostgreSQL cannot type a bare "? is null" parameter.
        StringBuilder conditions = new StringBuilder();
        List<Object> values = new ArrayList<>();
        condition(conditions, values, "mpp_code = ?", scope.mppCode());
        condition(conditions, values, "agency_code = ?", scope.agencyCode());
        condition(conditions, values, "agency_code = ?", query.agencyCode());
        condition(conditions, values, "subject_id = ?", query.subjectId());
        condition(conditions, values, "operation = ?", query.operation());
        condition(conditions, values, "direction = ?", query.direction() == null ? null : query.direction().name());
        condition(conditions, values, "recorded_at >= ?",
                query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
        condition(conditions, values, "recorded_at < ?", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
        String sql = PAGE.formatted(conditions);
        return Panache.getSession().chain(s -> {
            var select = s.createNativeQuery(sql, Object[].class)
                    .setParameter(1, query.beforeSeq())
                    .setParameter(2, query.size() + 1);
            for (int i = 0; i < values.size(); i++) {
                select.setParameter(i + 3, values.get(i));
            }
            return select.getResultList();
        }).map(rows -> rows.stream().map(MessageLogColumns::entry).toList());
    }

    private static void condition(StringBuilder conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            values.add(value);
            conditions.append(" and ").append(condition).append(values.size() + 2);
        }
    }
}
