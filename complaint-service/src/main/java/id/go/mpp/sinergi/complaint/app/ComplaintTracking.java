package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A citizen follows their complaint by its tracking id; anyone else's is not found. */
@ApplicationScoped
public class ComplaintTracking {

    @WithSession
    public Uni<ComplaintView> find(String citizenId, String trackingId) {
        ProblemException notFound = ProblemException.notFound("complaint-not-found", LocalizedText.of(
                "Pengaduan %s tidak ditemukan", "Complaint %s not found").formatted(trackingId));
        if (!TrackingIds.isWellFormed(trackingId)) {
            return Uni.createFrom().failure(notFound);
        }
        return Complaint.<Complaint>findById(trackingId).map(c -> {
            if (c == null || !citizenId.equals(c.citizenId)) {
                throw notFound;
            }
            return ComplaintView.of(c);
        });
    }
}
