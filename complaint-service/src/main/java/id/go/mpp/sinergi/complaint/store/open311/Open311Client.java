package id.go.mpp.sinergi.complaint.store.open311;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A registered Open311 client: the SHA-256 of its api_key, and the MPP (jurisdiction) it files requests for. */
@Entity
@Table(name = "open311_client")
public class Open311Client extends PanacheEntityBase {

    @Id
    public String apiKeyHash;
    public String name;
    public String mppCode;
    public Instant createdAt;
}
