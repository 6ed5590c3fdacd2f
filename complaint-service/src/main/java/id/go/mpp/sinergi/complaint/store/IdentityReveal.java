package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The MPP admin revealed an anonymous reporter's identity: who, when, why. */
@Entity
@Table(name = "identity_reveal")
public class IdentityReveal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String trackingId;
    public String revealedBy;
    public String reason;
    public Instant at;
}
