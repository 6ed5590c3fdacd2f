package id.go.mpp.sinergi.complaint.app.duplicates;

import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintSummary;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.domain.duplicates.DuplicateReview;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.duplicates.DuplicateCandidatesSql;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Likely duplicates of a complaint ({@link DuplicateReview} says which), for the MPP admin at triage, who may then
 * merge one into another (archive with {@code mergedInto}); and at intake.
 */
@ApplicationScoped
public class DuplicateSuggestions {

    private final Clock clock;
    private final DuplicateCandidatesSql candidates;

    public DuplicateSuggestions(Clock clock, DuplicateCandidatesSql candidates) {
        this.clock = clock;
        this.candidates = candidates;
    }

    /**
     * The tracking ids of the likely duplicates of {@code c} (never {@code c} itself), best first: in the caller's
     * session or transaction when there is one (the complaint need not be flushed), else in a session of its own.
     */
    @WithSession
    public Uni<List<String>> suggest(Complaint c) {
        return candidates.candidates(probe(c), DuplicateReview.WINDOW, DuplicateReview.SCAN,
                DuplicateReview.MIN_SIMILARITY, DuplicateReview.LIMIT, false);
    }

    /**
     * Like {@link #suggest}, only among complaints anyone may see on the public list (not confidential, not
     * rejected): what may be shown to the reporter who files {@code c}, whose receipt must not reveal other
     * people's confidential complaints.
     */
    @WithSession
    public Uni<List<String>> suggestPublic(Complaint c) {
        return candidates.candidates(probe(c), DuplicateReview.WINDOW, DuplicateReview.SCAN,
                DuplicateReview.MIN_SIMILARITY, DuplicateReview.LIMIT, true);
    }

    /**
     * The likely duplicates of a complaint as the MPP admin reviews them, best first. Someone who does not see the
     * complaint is told it does not exist (404); someone who sees it but is not its MPP admin is refused (403).
     */
    @WithSession
    public Uni<List<ComplaintSummary>> review(Actor actor, String trackingId) {
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
        }
        Instant now = Timestamps.now(clock);
        return ComplaintHandling.load(actor, trackingId)
                .invoke(c -> {
                    if (!DuplicateReview.mayReview(actor)) {
                        throw ProblemException.forbidden("complaint-duplicates-not-allowed", LocalizedText.of(
                                "Hanya admin MPP yang melihat pengaduan yang mirip",
                                "Only the MPP admin sees complaints that look alike"));
                    }
                })
                .chain(this::suggest)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Complaint>of())
                        : Complaint.<Complaint>list("trackingId in ?1", ids).map(found -> found.stream()
                        .sorted(Comparator.comparingInt(candidate -> ids.indexOf(candidate.trackingId))).toList()))
                .map(found -> found.stream().map(c -> ComplaintSummary.of(c, now)).toList());
    }

    private static DuplicateCandidatesSql.Probe probe(Complaint c) {
        return new DuplicateCandidatesSql.Probe(c.trackingId, c.mppCode, c.visitId,
                c.assignedAgency != null ? c.assignedAgency : c.agencyCode,
                c.assignedAgency != null ? c.assignedService : c.serviceCode, c.description, c.submittedAt);
    }
}
