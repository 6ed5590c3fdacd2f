package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A breached deadline on the MPP admin's escalation list. */
@Entity
public class Escalation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String trackingId;
    public String mppCode;
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public ComplaintStage stage;
    public Instant dueAt;
    public Instant escalatedAt;
}
