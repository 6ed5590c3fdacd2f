package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One transition of a complaint: who, when, from where to where, and the note given. */
@Entity
@Table(name = "complaint_history")
public class ComplaintHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String trackingId;
    public Instant at;
    /** A {@link ComplaintAction} name, or SUBMIT / MERGE for what is not a transition of the lifecycle. */
    public String action;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public ComplaintStatus toStatus;
    public String actorRole;
    public String actorId;
    public String agencyCode;
    public String note;

    public static Uni<List<ComplaintHistoryEntry>> of(String trackingId) {
        return list("trackingId = ?1 order by id", trackingId);
    }
}
