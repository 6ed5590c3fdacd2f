package id.go.mpp.sinergi.complaint.app.identity;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.store.IdentityReveal;
import id.go.mpp.sinergi.complaint.store.Reporter;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Only the MPP admin may see who reported an anonymous complaint, with a stated reason; the reveal is recorded
 * (who, when, why) and shows in the complaint's history.
 */
@ApplicationScoped
public class IdentityReveals {

    private final Clock clock;

    public IdentityReveals(Clock clock) {
        this.clock = clock;
    }

    public Uni<ComplaintView.ReporterView> reveal(Actor actor, String trackingId, String reason) {
        if (reason == null || reason.isBlank()) {
            return Uni.createFrom().failure(ComplaintProblems.required("reason"));
        }
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> ComplaintHandling.load(actor, trackingId).chain(c -> {
            if (actor.role() != ComplaintAccess.Role.MPP_ADMIN) {
                throw ComplaintProblems.notAllowed("REVEAL_IDENTITY");
            }
            IdentityReveal reveal = new IdentityReveal();
            reveal.trackingId = trackingId;
            reveal.revealedBy = actor.accountId();
            reveal.reason = reason.strip();
            reveal.at = now;
            return reveal.persist()
                    .chain(() -> ComplaintHandling.history(trackingId, now, "REVEAL_IDENTITY", c.status, c.status,
                            actor, c.assignedAgency, reason).persist())
                    .chain(() -> Reporter.<Reporter>findById(trackingId))
                    .map(ComplaintView.ReporterView::of);
        }));
    }
}
