package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The sweep's work, claimed row by row with {@code for update skip locked} inside the caller's transaction: another
 * instance sweeping at the same moment skips what this one holds (index {@code complaint_due}).
 */
@ApplicationScoped
public class DueComplaints {

    private static final String BREACHED = """
            select * from complaint
            where due_at <= ?1 and due_stage in ('VERIFICATION', 'DISPOSITION', 'FOLLOW_UP')
              and (breached_stage is null or breached_stage <> due_stage)
            order by due_at
            limit ?2
            for update skip locked""";

    private static final String TO_CLOSE = """
            select tracking_id from complaint
            where due_at <= ?1 and due_stage = 'AUTO_CLOSE' and status = 'RESPONDED'
            order by due_at
            limit ?2
            for update skip locked""";

    /** Complaints past their deadline whose breach was not announced yet, locked for this transaction. */
    public Uni<List<Complaint>> breachedNotAnnounced(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(BREACHED, Complaint.class)
                .setParameter(1, now).setParameter(2, limit).getResultList());
    }

    /** Tracking ids of responded complaints due to close, locked for this transaction. */
    public Uni<List<String>> dueToClose(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(TO_CLOSE, String.class)
                .setParameter(1, now).setParameter(2, limit).getResultList());
    }
}
