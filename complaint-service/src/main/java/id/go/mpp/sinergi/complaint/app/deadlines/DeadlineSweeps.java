package id.go.mpp.sinergi.complaint.app.deadlines;

import id.go.mpp.sinergi.complaint.app.handling.Act;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.messaging.out.ComplaintEvents;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.DueComplaints;
import id.go.mpp.sinergi.complaint.store.OutboxBatch;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline sweep: complaints whose running deadline has passed. A breached verification, disposition or
 * follow-up is announced once ({@code deadline-breached}) and put on the MPP admin's escalation list
 * ({@code escalated}); a responded complaint due to close is closed ({@code AUTO_CLOSED}). Each batch is claimed
 * with {@code for update skip locked}, so two instances never act on one complaint twice.
 *
 * <p>Breaches are set-based: per batch, one statement claims and marks the complaints and writes their escalations
 * ({@link DueComplaints#markBreached}), one more writes all their events ({@link OutboxBatch}), in one transaction
 * and without loading an entity (a managed entity per complaint made every outbox insert flush the whole batch).
 */
@ApplicationScoped
public class DeadlineSweeps {

    static final int BATCH = 500;

    private final Clock clock;
    private final OutboxBatch outbox;
    private final Outbox rows;
    private final ComplaintHandling handling;
    private final DueComplaints due;

    public DeadlineSweeps(Clock clock, OutboxBatch outbox, Outbox rows, ComplaintHandling handling,
                          DueComplaints due) {
        this.clock = clock;
        this.outbox = outbox;
        this.rows = rows;
        this.handling = handling;
        this.due = due;
    }

    /** Sweeps until nothing is due; answers how many breaches were announced and complaints closed. */
    public Uni<Integer> sweep() {
        return sweep(BATCH);
    }

    /** {@link #sweep()} in transactions of up to {@code batch} complaints each (the scheduler's: {@value #BATCH}). */
    public Uni<Integer> sweep(int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive: " + batch);
        }
        return breachBatch(batch, 0).chain(breached -> closeAll(batch, 0).map(closed -> breached + closed));
    }

    private Uni<Integer> breachBatch(int batch, int done) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> due.markBreached(now, batch)
                        .chain(breaches -> outbox.add(events(breaches, now)).replaceWith(breaches.size())))
                .chain(n -> n < batch ? Uni.createFrom().item(done + n) : breachBatch(batch, done + n));
    }

    /** The outbox rows of the batch: per complaint its breach, then its escalation (the order they are published). */
    private List<Outbox.Row> events(List<DueComplaints.Breach> breaches, Instant now) {
        List<Outbox.Row> events = new ArrayList<>(2 * breaches.size());
        for (DueComplaints.Breach b : breaches) {
            Complaint c = codesOf(b);
            events.add(rows.row(ComplaintEvents.breached(c, b.stage(), b.dueAt(), now)));
            events.add(rows.row(ComplaintEvents.escalated(c, b.stage(), now)));
        }
        return events;
    }

    /**
     * A transient complaint (never persisted, in no session) holding what {@link ComplaintEvents#breached} and
     * {@link ComplaintEvents#escalated} read of it: tracking id, MPP and assigned agency.
     */
    private static Complaint codesOf(DueComplaints.Breach b) {
        Complaint c = new Complaint();
        c.trackingId = b.trackingId();
        c.mppCode = b.mppCode();
        c.assignedAgency = b.assignedAgency();
        c.dueStage = b.stage();
        c.dueAt = b.dueAt();
        c.breachedStage = b.stage();
        return c;
    }

    private Uni<Integer> closeAll(int batch, int done) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> due.dueToClose(now, batch)
                        .chain(ids -> Multi.createFrom().iterable(ids)
                                .onItem().transformToUniAndConcatenate(id -> handling.act(Actor.system(), id,
                                        ComplaintAction.AUTO_CLOSE, Act.note(null)).call(DeadlineSweeps::forget))
                                .collect().asList().map(List::size)))
                .chain(n -> n < batch ? Uni.createFrom().item(done + n) : closeAll(batch, done + n));
    }

    /**
     * Writes the closed complaint's changes and empties the session: each step's outbox insert flushes the session,
     * and would otherwise dirty-check every complaint closed before it in the batch.
     */
    private static Uni<Void> forget(Complaint closed) {
        return Panache.getSession().chain(s -> s.flush().invoke(() -> s.clear()));
    }
}
