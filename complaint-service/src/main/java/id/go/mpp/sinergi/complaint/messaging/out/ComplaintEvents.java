package id.go.mpp.sinergi.complaint.messaging.out;

import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.events.complaint.ComplaintArchived;
import id.go.mpp.sinergi.events.complaint.ComplaintClosed;
import id.go.mpp.sinergi.events.complaint.ComplaintCommentAdded;
import id.go.mpp.sinergi.events.complaint.ComplaintDeadlineBreached;
import id.go.mpp.sinergi.events.complaint.ComplaintDispositioned;
import id.go.mpp.sinergi.events.complaint.ComplaintEscalated;
import id.go.mpp.sinergi.events.complaint.ComplaintEvent;
import id.go.mpp.sinergi.events.complaint.ComplaintPostponed;
import id.go.mpp.sinergi.events.complaint.ComplaintRejected;
import id.go.mpp.sinergi.events.complaint.ComplaintReopened;
import id.go.mpp.sinergi.events.complaint.ComplaintResponded;
import id.go.mpp.sinergi.events.complaint.ComplaintResumed;
import id.go.mpp.sinergi.events.complaint.ComplaintReturnedToTriage;
import id.go.mpp.sinergi.events.complaint.ComplaintSubmitted;
import id.go.mpp.sinergi.events.complaint.ComplaintVerified;
import id.go.mpp.sinergi.events.complaint.ComplaintWorkStarted;

import java.time.Instant;

/**
 * The event each change of a complaint publishes, built from the complaint after the change. No reporter, no
 * texts: codes, statuses and times only.
 */
public final class ComplaintEvents {

    private ComplaintEvents() {
    }

    public static ComplaintSubmitted submitted(Complaint c) {
        return new ComplaintSubmitted(c.trackingId, c.mppCode, c.agencyCode, c.serviceCode,
                c.ticketId == null ? null : c.ticketId.toString(), c.category.name(), c.channel.name(), c.anonymous,
                c.confidential, c.submittedAt, c.dueAt);
    }

    /** The event of a lifecycle step just applied to {@code c} at {@code at}. */
    public static ComplaintEvent of(id.go.mpp.sinergi.complaint.domain.ComplaintAction action, Complaint c,
                                    String agencyBefore, Instant at) {
        return switch (action) {
            case VERIFY -> new ComplaintVerified(c.trackingId, c.mppCode, at, c.dueAt);
            case REJECT -> new ComplaintRejected(c.trackingId, c.mppCode, at);
            case DISPOSITION -> new ComplaintDispositioned(c.trackingId, c.mppCode, c.assignedAgency,
                    c.assignedService, at, c.dueAt);
            case START -> new ComplaintWorkStarted(c.trackingId, c.mppCode, c.assignedAgency, at);
            case RESPOND -> new ComplaintResponded(c.trackingId, c.mppCode, c.assignedAgency, at, c.dueAt);
            case NOT_OUR_AUTHORITY -> new ComplaintReturnedToTriage(c.trackingId, c.mppCode, agencyBefore, at,
                    c.dueAt);
            case CONFIRM, AUTO_CLOSE -> new ComplaintClosed(c.trackingId, c.mppCode, c.assignedAgency, c.closure,
                    Boolean.TRUE.equals(c.respondedInTime), at);
            case REOPEN -> new ComplaintReopened(c.trackingId, c.mppCode, c.assignedAgency, at, c.dueAt);
            case POSTPONE -> new ComplaintPostponed(c.trackingId, c.mppCode, c.postponedFrom.name(), at);
            case RESUME -> new ComplaintResumed(c.trackingId, c.mppCode, c.status.name(), at, c.dueAt);
            case ARCHIVE -> new ComplaintArchived(c.trackingId, c.mppCode, c.mergedInto, at);
        };
    }

    public static ComplaintCommentAdded commentAdded(Complaint c, String author, boolean forAgency, Instant at) {
        return new ComplaintCommentAdded(c.trackingId, c.mppCode, c.assignedAgency, author, forAgency, at);
    }

    public static ComplaintDeadlineBreached breached(Complaint c, ComplaintStage stage, Instant dueAt, Instant at) {
        return new ComplaintDeadlineBreached(c.trackingId, c.mppCode, c.assignedAgency, stage.name(), dueAt, at);
    }

    public static ComplaintEscalated escalated(Complaint c, ComplaintStage stage, Instant at) {
        return new ComplaintEscalated(c.trackingId, c.mppCode, c.assignedAgency, stage.name(), at);
    }
}
