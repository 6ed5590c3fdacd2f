package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Complaint extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_id")
    public String trackingId;
    @Column(name = "citizen_id")
    public String citizenId;
    @Column(name = "visit_id")
    public UUID visitId;
    @Column(name = "mpp_code")
    public String mppCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;
    public String description;
    public boolean anonymous;
    public boolean confidential;
    public String status;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Version
    public long version;
}
