package id.go.mpp.sinergi.complaint.app.visits;

import id.go.mpp.sinergi.complaint.domain.VisitStatus;
import id.go.mpp.sinergi.complaint.store.KnownTicket;

import java.time.Instant;
import java.util.UUID;

/** One step of a citizen's visit (one ticket at one agency) that a complaint may name. */
public record VisitView(UUID visitId, UUID ticketId, String ticketNumber, String mppCode, String agencyCode,
                        String serviceCode, String counterCode, VisitStatus status, String outcome, Instant issuedAt,
                        Instant completedAt) {

    static VisitView of(KnownTicket t) {
        return new VisitView(t.visitId, t.ticketId, t.ticketNumber, t.mppCode, t.agencyCode, t.serviceCode,
                t.counterCode, t.status, t.outcome, t.issuedAt, t.completedAt);
    }
}
