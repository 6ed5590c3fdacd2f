package id.go.mpp.sinergi.complaint.app.reading;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.intake.ReporterSecrets;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintComment;
import id.go.mpp.sinergi.complaint.store.ComplaintHistoryEntry;
import id.go.mpp.sinergi.complaint.store.ComplaintLists;
import id.go.mpp.sinergi.complaint.store.Reporter;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Reading complaints: one as the caller may see it, and the lists of the admin, the agency and the reporter. */
@ApplicationScoped
public class ComplaintQueries {

    private final Clock clock;
    private final ComplaintLists lists;

    public ComplaintQueries(Clock clock, ComplaintLists lists) {
        this.clock = clock;
        this.lists = lists;
    }

    @WithSession
    public Uni<ComplaintView> view(Actor actor, String trackingId) {
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
        }
        return ComplaintHandling.load(actor, trackingId).chain(c -> viewOf(c, actor));
    }

    /** A reporter without an account: the tracking id and its secret; a wrong secret is the same 404 as no complaint. */
    @WithSession
    public Uni<ComplaintView> viewWithSecret(String trackingId, String secret) {
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
        }
        return Reporter.<Reporter>findById(trackingId).chain(r -> {
            if (r == null || !ReporterSecrets.matches(secret, r.secretHash)) {
                return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
            }
            Actor holder = Actor.secretHolder(trackingId);
            return ComplaintHandling.load(holder, trackingId).chain(c -> viewOf(c, holder));
        });
    }

    /**
     * The complaint after the caller's action, as they may now see it: an agency that said "bukan wewenang" no
     * longer sees it, and gets it without history and comments.
     */
    @WithSession
    public Uni<ComplaintView> viewAfterAct(Actor actor, Complaint c) {
        if (!ComplaintAccess.sees(actor, new ComplaintAccess.Facts(c.trackingId, c.mppCode, c.assignedAgency,
                c.status, actor.accountId())) && actor.role() == ComplaintAccess.Role.AGENCY_STAFF) {
            return Uni.createFrom().item(ComplaintView.of(c, null, actor, java.util.List.of(), java.util.List.of(),
                    Timestamps.now(clock)));
        }
        return ComplaintHandling.load(actor, c.trackingId).chain(found -> viewOf(found, actor));
    }

    private Uni<ComplaintView> viewOf(Complaint c, Actor actor) {
        Instant now = Timestamps.now(clock);
        return Reporter.<Reporter>findById(c.trackingId)
                .chain(r -> ComplaintHistoryEntry.of(c.trackingId)
                        .chain(h -> ComplaintComment.of(c.trackingId)
                                .chain(comments -> survivorOf(c)
                                        .map(s -> ComplaintView.of(c, r, actor, h, comments, s, now)))));
    }

    private static Uni<Complaint> survivorOf(Complaint c) {
        return c.mergedInto == null ? Uni.createFrom().nullItem() : Complaint.findById(c.mergedInto);
    }

    /** The MPP admin's list of the MPP, or an agency's inbox of what was dispositioned to it; newest first. */
    @WithSession
    public Uni<ComplaintPage> list(Actor actor, ComplaintStatus status, String agency, String cursor, int size) {
        Instant now = Timestamps.now(clock);
        String mpp = actor.mpp().orElse("");
        String assigned = actor.role() == ComplaintAccess.Role.AGENCY_STAFF ? actor.agency().orElse("") : agency;
        return lists.page(mpp, assigned, actor.role() == ComplaintAccess.Role.AGENCY_STAFF, status,
                        ComplaintLists.Cursor.parse(cursor), size)
                .map(page -> page(page, size, now));
    }

    /** The reporter's own complaints, newest first. */
    @WithSession
    public Uni<ComplaintPage> mine(String accountId, String cursor, int size) {
        Instant now = Timestamps.now(clock);
        return lists.ofReporter(accountId, ComplaintLists.Cursor.parse(cursor), size).map(page -> page(page, size, now));
    }

    private static ComplaintPage page(java.util.List<Complaint> found, int size, Instant now) {
        boolean more = found.size() > size;
        java.util.List<Complaint> shown = more ? found.subList(0, size) : found;
        String next = more ? ComplaintLists.Cursor.after(shown.get(shown.size() - 1)) : null;
        return new ComplaintPage(shown.stream().map(c -> ComplaintSummary.of(c, now)).toList(), next);
    }
}
