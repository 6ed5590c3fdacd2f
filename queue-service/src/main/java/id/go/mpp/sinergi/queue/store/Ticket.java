package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.Outcome;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A ticket: one step of a visit, from issue to completion. Every change bumps {@link #version}. */
@Entity
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "visit_id")
    public UUID visitId;
    @Column(name = "mpp_code")
    public String mppCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "service_date")
    public LocalDate serviceDate;
    public String number;
    @Column(name = "citizen_id")
    public String citizenId;
    public String channel;
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    @Column(name = "counter_code")
    public String counterCode;
    @Column(name = "officer_id")
    public String officerId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "called_at")
    public Instant calledAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Version
    public long version;

    public static Uni<List<Ticket>> ofCitizen(String citizenId) {
        return list("citizenId = ?1 order by issuedAt desc", citizenId);
    }
}
