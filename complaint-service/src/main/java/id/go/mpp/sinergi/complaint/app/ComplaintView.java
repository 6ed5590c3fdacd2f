package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.complaint.store.Complaint;

import java.time.Instant;
import java.util.UUID;

/** A complaint as its citizen sees it. */
public record ComplaintView(String trackingId, ComplaintCategory category, ComplaintStatus status, String mppCode,
                            String agencyCode, UUID visitId, boolean anonymous, boolean confidential,
                            Instant submittedAt) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.trackingId, c.category, c.status, c.mppCode, c.agencyCode, c.visitId,
                c.anonymous, c.confidential, c.submittedAt);
    }
}
