package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.VisitStatus;
import id.go.mpp.sinergi.complaint.store.KnownVisit;

import java.time.Instant;
import java.util.UUID;

/** One of the citizen's visits, which a complaint may refer to. */
public record VisitView(UUID visitId, String ticketNumber, String mppCode, String agencyCode, String serviceCode,
                        VisitStatus status, String outcome, Instant issuedAt, Instant completedAt) {

    static VisitView of(KnownVisit v) {
        return new VisitView(v.visitId, v.ticketNumber, v.mppCode, v.agencyCode, v.serviceCode, v.status, v.outcome,
                v.issuedAt, v.completedAt);
    }
}
