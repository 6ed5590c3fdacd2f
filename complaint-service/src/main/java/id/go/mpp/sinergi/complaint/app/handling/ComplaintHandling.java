package id.go.mpp.sinergi.complaint.app.handling;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.StageDeadlines;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.ComplaintLifecycle;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.domain.IllegalTransitionException;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.messaging.out.ComplaintEvents;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintHistoryEntry;
import id.go.mpp.sinergi.complaint.store.Reporter;
import id.go.mpp.sinergi.complaint.store.catalogue.PublicCatalogue;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step of a complaint's lifecycle: load → authorise ({@link ComplaintAccess}) → transition
 * ({@link ComplaintLifecycle}) → deadline of the next stage → history → outbox, in one transaction.
 */
@ApplicationScoped
public class ComplaintHandling {

    /** Actions that need a note: a reason, or the follow-up itself. */
    private static final Set<ComplaintAction> NOTE_REQUIRED = EnumSet.of(ComplaintAction.REJECT,
            ComplaintAction.POSTPONE, ComplaintAction.NOT_OUR_AUTHORITY, ComplaintAction.RESPOND,
            ComplaintAction.REOPEN, ComplaintAction.ARCHIVE);

    private final Clock clock;
    private final Outbox outbox;
    private final StageDeadlines deadlines;
    private final PublicCatalogue catalogue;

    public ComplaintHandling(Clock clock, Outbox outbox, StageDeadlines deadlines, PublicCatalogue catalogue) {
        this.clock = clock;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.catalogue = catalogue;
    }

    /** {@code actor} does {@code action} on the complaint; answers the complaint after it. */
    public Uni<Complaint> act(Actor actor, String trackingId, ComplaintAction action, Act act) {
        if (NOTE_REQUIRED.contains(action) && (act.note() == null || act.note().isBlank())) {
            return Uni.createFrom().failure(ComplaintProblems.required("note"));
        }
        return Panache.withTransaction(() -> load(actor, trackingId)
                        .invoke(c -> {
                            if (!ComplaintAccess.mayAct(actor, action)) {
                                throw ComplaintProblems.notAllowed(action.name());
                            }
                        })
                        .call(c -> checkAgency(c.mppCode, action, act))
                        .chain(c -> mergeTarget(c, action, act).replaceWith(c))
                        .chain(c -> deadlines.of(c.mppCode).chain(d -> apply(actor, c, action, act, d))))
                .onFailure(IllegalTransitionException.ReopenWindowClosed.class)
                .transform(e -> ComplaintProblems.reopenWindowClosed())
                .onFailure(IllegalTransitionException.class)
                .transform(e -> ComplaintProblems.wrongState((IllegalTransitionException) e))
                .onFailure(e -> e instanceof OptimisticLockException || e instanceof StaleObjectStateException)
                .transform(e -> ComplaintProblems.changedConcurrently(trackingId));
    }

    /** The complaint if {@code actor} sees it, else the one "not found" for unknown and hidden alike. */
    public static Uni<Complaint> load(Actor actor, String trackingId) {
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
        }
        return Complaint.<Complaint>findById(trackingId).chain(c -> {
            if (c == null) {
                return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
            }
            if (actor.role() != ComplaintAccess.Role.REPORTER) {
                return Uni.createFrom().item(c).invoke(found -> requireSees(actor, found, null));
            }
            return Reporter.<Reporter>findById(trackingId).map(r -> {
                requireSees(actor, c, r == null ? null : r.accountId);
                return c;
            });
        });
    }

    private static void requireSees(Actor actor, Complaint c, String reporterAccount) {
        if (!ComplaintAccess.sees(actor, new ComplaintAccess.Facts(c.trackingId, c.mppCode, c.assignedAgency,
                c.status, reporterAccount))) {
            throw ComplaintProblems.notFound(c.trackingId);
        }
    }

    /** The agency of a disposition is one of the complaint's MPP (checked only once the caller sees it). */
    private Uni<Void> checkAgency(String mpp, ComplaintAction action, Act act) {
        if (action != ComplaintAction.DISPOSITION || act.agencyCode() == null) {
            return Uni.createFrom().voidItem();
        }
        return catalogue.hasAgency(mpp, act.agencyCode()).invoke(known -> {
            if (known.isPresent() && !known.get()) {
                throw ProblemException.unknownReference("agencyCode", LocalizedText.of(
                        "instansi %s tidak ada di MPP %s", "agency %s is not at MPP %s")
                        .formatted(act.agencyCode(), mpp));
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> mergeTarget(Complaint c, ComplaintAction action, Act act) {
        if (action != ComplaintAction.ARCHIVE || act.mergedInto() == null) {
            return Uni.createFrom().voidItem();
        }
        if (act.mergedInto().equals(c.trackingId)) {
            return Uni.createFrom().failure(ProblemException.invalidField("mergedInto", LocalizedText.of(
                    "pengaduan tidak dapat digabung ke dirinya sendiri", "a complaint cannot be merged into itself")));
        }
        return Complaint.<Complaint>findById(act.mergedInto()).invoke(target -> {
            if (target == null || !target.mppCode.equals(c.mppCode)
                    || target.status == ComplaintStatus.ARCHIVED || target.status == ComplaintStatus.REJECTED) {
                throw ProblemException.unknownReference("mergedInto", LocalizedText.of(
                        "pengaduan %s tidak ada di MPP ini atau sudah diarsipkan/ditolak",
                        "complaint %s is not at this MPP or is archived/rejected").formatted(act.mergedInto()));
            }
        }).replaceWithVoid();
    }

    private Uni<Complaint> apply(Actor actor, Complaint c, ComplaintAction action, Act act, ComplaintDeadlines d) {
        Instant now = Timestamps.now(clock);
        ComplaintStatus from = c.status;
        String agencyBefore = c.assignedAgency;
        ComplaintStatus to = ComplaintLifecycle.next(c.state(), action, now);
        c.status = to;
        switch (action) {
            case DISPOSITION -> {
                c.assignedAgency = act.agencyCode() != null ? act.agencyCode() : c.agencyCode;
                if (c.assignedAgency == null) {
                    throw ComplaintProblems.required("agencyCode");
                }
                c.assignedService = act.serviceCode() != null ? act.serviceCode()
                        : c.assignedAgency.equals(c.agencyCode) ? c.serviceCode : null;
                c.dispositionedAt = now;
            }
            case RESPOND -> c.respondedAt = now;
            case NOT_OUR_AUTHORITY -> {
                c.assignedAgency = null;
                c.assignedService = null;
            }
            case CONFIRM, AUTO_CLOSE -> {
                c.closure = action == ComplaintAction.CONFIRM ? "CONFIRMED" : "AUTO_CLOSED";
                c.closedAt = now;
            }
            case REOPEN -> {
                c.reopenedCount++;
                c.closure = null;
                c.closedAt = null;
                c.respondedAt = null;
                c.respondedInTime = null;
            }
            case POSTPONE -> c.postponedFrom = from;
            case RESUME -> c.postponedFrom = null;
            case ARCHIVE -> c.mergedInto = act.mergedInto();
            default -> {
            }
        }
        if (action != ComplaintAction.START) {
            StageDeadlines.run(c, d, to.runningStage(), now);
        }
        if (action == ComplaintAction.DISPOSITION || action == ComplaintAction.REOPEN) {
            c.followUpDueAt = c.dueAt;
        }
        if (action == ComplaintAction.RESPOND) {
            c.respondedInTime = c.followUpDueAt == null || now.isBefore(c.followUpDueAt);
            c.reopenUntil = c.dueAt;
        }
        c.updatedAt = now;
        ComplaintHistoryEntry entry = history(c.trackingId, now, action.name(), from, to, actor,
                action == ComplaintAction.NOT_OUR_AUTHORITY ? agencyBefore : c.assignedAgency, act.note());
        return entry.persist()
                .chain(() -> mergedIntoTarget(c, actor, now))
                .chain(() -> outbox.add(ComplaintEvents.of(action, c, agencyBefore, now)))
                .replaceWith(c);
    }

    /** The surviving complaint of a merge records it, so both histories show it. */
    private static Uni<Void> mergedIntoTarget(Complaint c, Actor actor, Instant now) {
        if (c.mergedInto == null || c.status != ComplaintStatus.ARCHIVED) {
            return Uni.createFrom().voidItem();
        }
        return Complaint.<Complaint>findById(c.mergedInto).chain(target -> history(target.trackingId, now, "MERGE",
                        target.status, target.status, actor, target.assignedAgency,
                        "Pengaduan " + c.trackingId + " digabungkan ke sini / merged into this complaint")
                .persist()).replaceWithVoid();
    }

    public static ComplaintHistoryEntry history(String trackingId, Instant at, String action, ComplaintStatus from,
                                                ComplaintStatus to, Actor actor, String agency, String note) {
        ComplaintHistoryEntry e = new ComplaintHistoryEntry();
        e.trackingId = trackingId;
        e.at = at;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.actorRole = actor.role().name();
        e.actorId = actor.accountId();
        e.agencyCode = agency;
        e.note = note == null ? null : note.strip();
        return e;
    }
}
