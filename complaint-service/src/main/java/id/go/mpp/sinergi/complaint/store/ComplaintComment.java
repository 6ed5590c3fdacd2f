package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A comment or correction added to a complaint after it was submitted. */
@Entity
@Table(name = "complaint_comment")
public class ComplaintComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String trackingId;
    public Instant at;
    /** REPORTER, AGENCY or ADMIN. */
    public String author;
    public String authorId;
    public String body;
    public boolean forAgency;
    public String channel;

    public static Uni<List<ComplaintComment>> of(String trackingId) {
        return list("trackingId = ?1 order by id", trackingId);
    }
}
