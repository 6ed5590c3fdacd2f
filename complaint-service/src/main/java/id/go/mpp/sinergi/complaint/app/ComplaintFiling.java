package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.KnownVisit;
import id.go.mpp.sinergi.data.codes.UniqueCodes;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A citizen files a complaint, optionally about one of their visits; it gets a fresh tracking id. */
@ApplicationScoped
public class ComplaintFiling {

    /** Tracking ids carry the day of filing in Kota Jambi's time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Tracking ids drawn at most for one complaint (40 random bits: a second draw is already rare). */
    static final int TRACKING_ID_DRAWS = 5;

    private final Clock clock;
    private final TrackingIdDraws trackingIds;

    public ComplaintFiling(Clock clock, TrackingIdDraws trackingIds) {
        this.clock = clock;
        this.trackingIds = trackingIds;
    }

    public Uni<ComplaintView> file(String citizenId, FileComplaint request) {
        Instant now = Timestamps.now(clock);
        LocalDate day = now.atZone(WIB).toLocalDate();
        return Panache.withSession(() -> visitOf(citizenId, request))
                .chain(visit -> UniqueCodes.insert(() -> trackingIds.next(day),
                        trackingId -> Panache.withTransaction(() ->
                                complaint(trackingId, citizenId, request, visit, now).<Complaint>persist()),
                        Complaint.TRACKING_ID_CONSTRAINT, TRACKING_ID_DRAWS))
                .map(ComplaintView::of);
    }

    private static Uni<KnownVisit> visitOf(String citizenId, FileComplaint request) {
        if (request.visitId() == null) {
            return Uni.createFrom().nullItem();
        }
        return KnownVisit.<KnownVisit>findById(request.visitId()).map(found -> {
            if (found == null || !citizenId.equals(found.citizenId)) {
                throw ProblemException.invalidField("visitId", LocalizedText.of(
                        "kunjungan ini tidak ada di antara kunjungan Anda", "this visit is not one of your visits"));
            }
            return found;
        });
    }

    /** A new entity per attempt: one whose insert failed is not written again under another id. */
    private static Complaint complaint(String trackingId, String citizenId, FileComplaint request, KnownVisit visit,
                                       Instant now) {
        Complaint complaint = new Complaint();
        complaint.trackingId = trackingId;
        complaint.citizenId = citizenId;
        complaint.visitId = request.visitId();
        complaint.mppCode = visit != null ? visit.mppCode : request.mppCode();
        complaint.agencyCode = visit != null ? visit.agencyCode : request.agencyCode();
        complaint.category = request.category();
        complaint.description = request.description().strip();
        complaint.anonymous = request.anonymous();
        complaint.confidential = request.confidential();
        complaint.status = ComplaintStatus.SUBMITTED;
        complaint.submittedAt = now;
        return complaint;
    }
}
