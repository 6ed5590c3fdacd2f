package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.complaint.domain.VisitStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit as complaint-service learnt it from the queue's events. */
@Entity
@Table(name = "known_visit")
public class KnownVisit extends PanacheEntityBase {

    @Id
    public UUID visitId;
    public UUID ticketId;
    public String ticketNumber;
    public String mppCode;
    public String agencyCode;
    public String serviceCode;
    public String citizenId;
    @Enumerated(EnumType.STRING)
    public VisitStatus status;
    public String outcome;
    public Instant issuedAt;
    public Instant completedAt;
    public Instant updatedAt;

    public static Uni<List<KnownVisit>> ofCitizen(String citizenId) {
        return list("citizenId = ?1 order by issuedAt desc", citizenId);
    }
}
