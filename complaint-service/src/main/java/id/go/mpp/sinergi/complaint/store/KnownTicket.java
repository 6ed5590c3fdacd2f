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

/** One ticket step of a visit, as learnt from queue events (never read from queue-service). */
@Entity
@Table(name = "known_ticket")
public class KnownTicket extends PanacheEntityBase {

    @Id
    public UUID ticketId;
    public UUID visitId;
    public String ticketNumber;
    public String mppCode;
    public String agencyCode;
    public String serviceCode;
    public String counterCode;
    public String citizenId;
    @Enumerated(EnumType.STRING)
    public VisitStatus status;
    public String outcome;
    public Instant issuedAt;
    public Instant completedAt;
    public Instant updatedAt;

    /** A citizen's steps, newest first, one page. */
    public static Uni<List<KnownTicket>> ofCitizen(String citizenId, int page, int size) {
        return find("citizenId = ?1 order by issuedAt desc, ticketId", citizenId).page(page, size).list();
    }

    /** The latest step of a visit (a complaint naming only the visit is about its latest step). */
    public static Uni<KnownTicket> latestOfVisit(UUID visitId) {
        return find("visitId = ?1 order by issuedAt desc nulls last, updatedAt desc", visitId).firstResult();
    }
}
