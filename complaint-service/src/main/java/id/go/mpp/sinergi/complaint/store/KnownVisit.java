package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
    public String status;
    public String outcome;
    public Instant issuedAt;
    public Instant completedAt;
    public Instant updatedAt;
}
