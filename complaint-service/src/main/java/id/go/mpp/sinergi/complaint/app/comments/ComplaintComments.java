package id.go.mpp.sinergi.complaint.app.comments;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.messaging.out.ComplaintEvents;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintComment;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Comments and corrections: the reporter's text is never edited, what they add comes after it. A reporter's
 * comment once the complaint is with an agency is a new item for that agency ({@code forAgency}).
 */
@ApplicationScoped
public class ComplaintComments {

    private final Clock clock;
    private final Outbox outbox;

    public ComplaintComments(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    public Uni<ComplaintView.CommentView> add(Actor actor, String trackingId, String body, String channel) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> ComplaintHandling.load(actor, trackingId).chain(c -> {
            if (c.status == ComplaintStatus.ARCHIVED || c.status == ComplaintStatus.REJECTED) {
                throw ProblemException.conflict("complaint-closed-for-comments", LocalizedText.of(
                        "Pengaduan berstatus %s tidak menerima komentar", "A complaint in status %s takes no comments")
                        .formatted(c.status));
            }
            ComplaintComment comment = comment(c, actor, body, channel, now);
            c.updatedAt = now;
            return comment.persist()
                    .chain(() -> outbox.add(ComplaintEvents.commentAdded(c, comment.author, comment.forAgency, now)))
                    .replaceWith(new ComplaintView.CommentView(now, comment.author, comment.body, comment.forAgency));
        })).onFailure(e -> e instanceof jakarta.persistence.OptimisticLockException)
                .transform(e -> ComplaintProblems.changedConcurrently(trackingId));
    }

    private static ComplaintComment comment(Complaint c, Actor actor, String body, String channel, Instant now) {
        ComplaintComment comment = new ComplaintComment();
        comment.trackingId = c.trackingId;
        comment.at = now;
        comment.author = switch (actor.role()) {
            case REPORTER -> "REPORTER";
            case AGENCY_STAFF -> "AGENCY";
            case MPP_ADMIN, SYSTEM -> "ADMIN";
        };
        comment.authorId = actor.accountId();
        comment.body = body.strip();
        comment.forAgency = "REPORTER".equals(comment.author) && c.status.withAgency();
        comment.channel = channel;
        return comment;
    }
}
