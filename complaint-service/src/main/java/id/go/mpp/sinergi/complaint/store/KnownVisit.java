package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "visit_id")
    public UUID visitId;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "ticket_number")
    public String ticketNumber;
    @Column(name = "mpp_code")
    public String mppCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "citizen_id")
    public String citizenId;
    public String status;
    public String outcome;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
