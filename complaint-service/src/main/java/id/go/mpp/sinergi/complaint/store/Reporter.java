package id.go.mpp.sinergi.complaint.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * Who reported a complaint, kept apart from it: an account, or contact details, or a WhatsApp number; a reporter
 * without an account follows the complaint with the secret whose hash is kept here.
 */
@Entity
public class Reporter extends PanacheEntityBase {

    @Id
    public String trackingId;
    public String accountId;
    public String name;
    public String phone;
    public String email;
    public String whatsappId;
    public String secretHash;
    public Instant createdAt;
}
