package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.data.db.NativeColumns;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The sweep's work, claimed with {@code for update skip locked} inside the caller's transaction: another instance
 * sweeping at the same moment skips what this one holds. Breaches are found through {@code complaint_unannounced}
 * (migration V2026.12.06.1700), complaints to close through {@code complaint_due}.
 */
@ApplicationScoped
public class DueComplaints {

    /**
     * One statement per batch: claims up to ?2 complaints past their deadline whose breach was not announced yet,
     * marks them announced (and bumps {@code version}, the {@code @Version} of {@link Complaint}: an officer's change
     * of a complaint loaded before the mark then fails instead of erasing it), puts each on the escalation list
     * (ids in due_at order, as one persist after the other gave them) and answers what their events need.
     * No entity is loaded: nothing for Hibernate to flush. The where clause of {@code due} is the predicate of
     * {@code complaint_unannounced}, word for word (the planner matches a partial index by its predicate). The
     * update finds the claimed rows by primary key ({@code = any (array(…))}): a join with {@code due} may be
     * planned as a hash join over the whole table when the plan is generic ({@code limit ?2} unknown).
     */
    private static final String MARK_BREACHED = """
            with due as materialized (
                select tracking_id from complaint
                where due_at <= ?1 and due_stage in ('VERIFICATION', 'DISPOSITION', 'FOLLOW_UP')
                  and (breached_stage is null or breached_stage <> due_stage)
                order by due_at
                limit ?2
                for update skip locked),
            marked as (
                update complaint c set breached_stage = c.due_stage, version = c.version + 1
                where c.tracking_id = any (array(select tracking_id from due))
                returning c.tracking_id, c.mpp_code, c.assigned_agency, c.due_stage, c.due_at),
            escalated as (
                insert into escalation (tracking_id, mpp_code, agency_code, stage, due_at, escalated_at)
                select tracking_id, mpp_code, assigned_agency, due_stage, due_at, ?3 from marked
                order by due_at, tracking_id)
            select tracking_id, mpp_code, assigned_agency, due_stage, due_at from marked
            order by due_at, tracking_id""";

    private static final String TO_CLOSE = """
            select tracking_id from complaint
            where due_at <= ?1 and due_stage = 'AUTO_CLOSE' and status = 'RESPONDED'
            order by due_at
            limit ?2
            for update skip locked""";

    /** A breach just announced: the complaint's codes and the deadline it missed. */
    public record Breach(String trackingId, String mppCode, String assignedAgency, ComplaintStage stage,
                         Instant dueAt) {
    }

    /**
     * Marks up to {@code limit} breached deadlines not announced yet as announced, with their escalations, in the
     * caller's transaction; answers them in due_at order (fewer than {@code limit}: nothing else is due now, or
     * another instance holds it).
     */
    public Uni<List<Breach>> markBreached(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(MARK_BREACHED, Object[].class)
                .setParameter(1, now).setParameter(2, limit).setParameter(3, now)
                .getResultList()
                .map(rows -> rows.stream().map(DueComplaints::breach).toList()));
    }

    private static Breach breach(Object[] row) {
        return new Breach((String) row[0], (String) row[1], (String) row[2], ComplaintStage.valueOf((String) row[3]),
                NativeColumns.instant(row[4]));
    }


    /** Tracking ids of responded complaints due to close, locked for this transaction. */
    public Uni<List<String>> dueToClose(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(TO_CLOSE, String.class)
                .setParameter(1, now).setParameter(2, limit).getResultList());
    }
}
