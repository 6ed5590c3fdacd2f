package id.go.mpp.sinergi.complaint.app.deadlines;

import id.go.mpp.sinergi.complaint.app.handling.Act;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.messaging.out.ComplaintEvents;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.DueComplaints;
import id.go.mpp.sinergi.complaint.store.Escalation;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The deadline sweep: complaints whose running deadline has passed. A breached verification, disposition or
 * follow-up is announced once ({@code deadline-breached}) and put on the MPP admin's escalation list
 * ({@code escalated}); a responded complaint due to close is closed ({@code AUTO_CLOSED}). Each batch is claimed
 * with {@code for update skip locked}, so two instances never act on one complaint twice.
 */
@ApplicationScoped
public class DeadlineSweeps {

    static final int BATCH = 500;

    private final Clock clock;
    private final Outbox outbox;
    private final ComplaintHandling handling;
    private final DueComplaints due;

    public DeadlineSweeps(Clock clock, Outbox outbox, ComplaintHandling handling, DueComplaints due) {
        this.clock = clock;
        this.outbox = outbox;
        this.handling = handling;
        this.due = due;
    }

    /** Sweeps until nothing is due; answers how many breaches were announced and complaints closed. */
    public Uni<Integer> sweep() {
        return breachBatch(0).chain(breached -> closeAll(0).map(closed -> breached + closed));
    }

    private Uni<Integer> breachBatch(int done) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> due.breachedNotAnnounced(now, BATCH)
                        .chain(list -> Multi.createFrom().iterable(list)
                                .onItem().transformToUniAndConcatenate(c -> announce(c, now))
                                .collect().asList().map(List::size)))
                .chain(n -> n < BATCH ? Uni.createFrom().item(done + n) : breachBatch(done + n));
    }

    /** Announces one breach; answers the tracking id (a void item would not be counted by the batch). */
    private Uni<String> announce(Complaint c, Instant now) {
        ComplaintStage stage = c.dueStage;
        Escalation e = new Escalation();
        e.trackingId = c.trackingId;
        e.mppCode = c.mppCode;
        e.agencyCode = c.assignedAgency;
        e.stage = stage;
        e.dueAt = c.dueAt;
        e.escalatedAt = now;
        c.breachedStage = stage;
        return e.persist()
                .chain(() -> outbox.add(ComplaintEvents.breached(c, stage, c.dueAt, now)))
                .chain(() -> outbox.add(ComplaintEvents.escalated(c, stage, now)))
                .replaceWith(c.trackingId);
    }

    private Uni<Integer> closeAll(int done) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> due.dueToClose(now, BATCH)
                        .chain(ids -> Multi.createFrom().iterable(ids)
                                .onItem().transformToUniAndConcatenate(id -> handling.act(Actor.system(), id,
                                        ComplaintAction.AUTO_CLOSE, Act.note(null)))
                                .collect().asList().map(List::size)))
                .chain(n -> n < BATCH ? Uni.createFrom().item(done + n) : closeAll(done + n));
    }
}
