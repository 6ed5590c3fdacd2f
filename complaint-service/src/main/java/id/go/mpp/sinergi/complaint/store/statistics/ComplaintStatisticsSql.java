package id.go.mpp.sinergi.complaint.store.statistics;

import id.go.mpp.sinergi.data.db.NativeColumns;
import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sums behind the public complaint statistics ({@link ComplaintStatistics} defines them) of the complaints an
 * MPP received in {@code [start, end)}, per agency they are dispositioned to (null: triage). The rows come by
 * index {@code complaint_mpp_recent} (mpp_code, submitted_at); the history by {@code complaint_history_of}.
 * Confidential complaints count like any other: only numbers leave here.
 */
@ApplicationScoped
public class ComplaintStatisticsSql {

    /** Verified: the complaint has ever been verified (archived or handed back later still counts). */
    private static final String COUNTS = """
            select c.assigned_agency,
                   count(*),
                   count(*) filter (where v.verified),
                   count(c.responded_at),
                   count(*) filter (where c.responded_at is not null and c.responded_in_time),
                   count(*) filter (where c.reopened_count > 0)
            from complaint c
            cross join lateral (select exists (select 1 from complaint_history h
                                               where h.tracking_id = c.tracking_id and h.action = 'VERIFY')
                                as verified) v
            where c.mpp_code = :mpp and c.submitted_at >= :start and c.submitted_at < :end
            group by c.assigned_agency""";

    /**
     * Each response standing now: from the start of the follow-up it answered (the last disposition or reopening
     * before it) to the response itself.
     */
    private static final String FOLLOW_UPS = """
            select c.assigned_agency,
                   coalesce((select max(h.at) from complaint_history h
                             where h.tracking_id = c.tracking_id and h.action in ('DISPOSITION', 'REOPEN')
                               and h.at <= c.responded_at),
                            c.dispositioned_at),
                   c.responded_at
            from complaint c
            where c.mpp_code = :mpp and c.submitted_at >= :start and c.submitted_at < :end
              and c.responded_at is not null""";

    public Uni<List<ComplaintStatistics.Counts>> counts(String mppCode, Instant start, Instant end) {
        return rows(COUNTS, mppCode, start, end).map(rows -> rows.stream()
                .map(r -> new ComplaintStatistics.Counts((String) r[0], count(r[1]), count(r[2]), count(r[3]),
                        count(r[4]), count(r[5])))
                .toList());
    }

    public Uni<List<ComplaintStatistics.FollowUp>> followUps(String mppCode, Instant start, Instant end) {
        return rows(FOLLOW_UPS, mppCode, start, end).map(rows -> rows.stream()
                .filter(r -> r[1] != null)
                .map(r -> new ComplaintStatistics.FollowUp((String) r[0], NativeColumns.instant(r[1]), NativeColumns.instant(r[2])))
                .toList());
    }

    private static Uni<List<Object[]>> rows(String sql, String mppCode, Instant start, Instant end) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                .setParameter("mpp", mppCode)
                .setParameter("start", start.atOffset(ZoneOffset.UTC))
                .setParameter("end", end.atOffset(ZoneOffset.UTC))
                .getResultList());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
