package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Complaint extends PanacheEntityBase {

    /** The primary key that keeps tracking ids unique; a clash is drawn again (UniqueCodes). */
    public static final String TRACKING_ID_CONSTRAINT = "complaint_pkey";

    @Id
    public String trackingId;
    public String citizenId;
    public UUID visitId;
    public String mppCode;
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;
    public String description;
    public boolean anonymous;
    public boolean confidential;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;
    public Instant submittedAt;
    @Version
    public long version;
}
