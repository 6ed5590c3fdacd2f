package id.go.mpp.sinergi.complaint.app.reading;

import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.ComplaintComment;
import id.go.mpp.sinergi.complaint.store.ComplaintHistoryEntry;
import id.go.mpp.sinergi.complaint.store.Reporter;
import id.go.mpp.sinergi.core.privacy.Masking;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as the caller may see it: everyone who sees it sees its stages, deadline, history and comments; the
 * reporter's identity only the reporter and, unless anonymous, the MPP admin (phone masked).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(String trackingId, ComplaintCategory category, ComplaintChannel channel,
                            ComplaintStatus status, String mppCode, String agencyCode, String serviceCode,
                            UUID visitId, UUID ticketId, String ticketNumber, String counterCode, String assignedAgency, String assignedService,
                            String description, List<String> mediaUrls, boolean anonymous, boolean confidential,
                            Instant submittedAt, Instant updatedAt, DeadlineView deadline, Instant followUpDueAt,
                            Instant respondedAt, Instant reopenUntil, String closure, Instant closedAt,
                            String mergedInto, SurvivorView survivor, ReporterView reporter,
                            List<HistoryView> history, List<CommentView> comments) {

    /**
     * Where the matter goes on when this complaint was merged into another: its stage, agency and deadline (no text,
     * no reporter), so the reporter of the merged one follows the survivor.
     */
    public record SurvivorView(String trackingId, ComplaintStatus status, String assignedAgency, DeadlineView deadline,
                               Instant respondedAt, Instant closedAt) {
    }

    /** The deadline running now: the stage, the last working day, the instant it passes, and whether it has. */
    public record DeadlineView(ComplaintStage stage, LocalDate dueDay, Instant dueAt, boolean breached) {
    }

    public record ReporterView(String name, String phone, String email) {

        public static ReporterView of(Reporter r) {
            return new ReporterView(r.name, r.phone == null ? null : Masking.phone(r.phone), r.email);
        }
    }

    public record HistoryView(Instant at, String action, ComplaintStatus from, ComplaintStatus to, String actor,
                              String agencyCode, String note) {

        static HistoryView of(ComplaintHistoryEntry e) {
            return new HistoryView(e.at, e.action, e.fromStatus, e.toStatus, e.actorRole, e.agencyCode, e.note);
        }
    }

    public record CommentView(Instant at, String author, String body, boolean forAgency) {

        static CommentView of(ComplaintComment c) {
            return new CommentView(c.at, c.author, c.body, c.forAgency);
        }
    }

    public static ComplaintView of(Complaint c, Reporter reporter, Actor viewer, List<ComplaintHistoryEntry> history,
                                   List<ComplaintComment> comments, Instant now) {
        return of(c, reporter, viewer, history, comments, null, now);
    }

    public static ComplaintView of(Complaint c, Reporter reporter, Actor viewer, List<ComplaintHistoryEntry> history,
                                   List<ComplaintComment> comments, Complaint survivor, Instant now) {
        boolean ownReport = viewer.role() == ComplaintAccess.Role.REPORTER;
        ReporterView who = reporter != null && (ownReport || ComplaintAccess.seesIdentity(viewer, c.anonymous))
                ? ReporterView.of(reporter) : null;
        DeadlineView deadline = deadline(c, now);
        SurvivorView goesOn = survivor == null ? null : new SurvivorView(survivor.trackingId, survivor.status,
                survivor.assignedAgency, deadline(survivor, now), survivor.respondedAt, survivor.closedAt);
        return new ComplaintView(c.trackingId, c.category, c.channel, c.status, c.mppCode, c.agencyCode,
                c.serviceCode, c.visitId, c.ticketId, c.ticketNumber, c.counterCode, c.assignedAgency, c.assignedService, c.description,
                c.mediaUrls == null ? List.of() : List.of(c.mediaUrls), c.anonymous, c.confidential, c.submittedAt,
                c.updatedAt, deadline, c.followUpDueAt, c.respondedAt, c.reopenUntil, c.closure, c.closedAt,
                c.mergedInto, goesOn, who, history.stream().map(HistoryView::of).toList(),
                comments.stream().map(CommentView::of).toList());
    }

    private static DeadlineView deadline(Complaint c, Instant now) {
        return c.dueStage == null ? null : new DeadlineView(c.dueStage, c.dueDay, c.dueAt, !now.isBefore(c.dueAt));
    }
}
