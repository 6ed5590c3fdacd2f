package id.go.mpp.sinergi.complaint.store.whatsapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A WhatsApp message taken: the replay guard (one row per message id, written in the transaction of its effect)
 * and the conversation its number is in. Neither the number nor the message id is kept, only their SHA-256.
 */
@Entity
@Table(name = "whatsapp_message")
public class WhatsAppMessage extends PanacheEntityBase {

    /** The primary key: a second row for one message id is a replay that got past the look-up (a race). */
    public static final String MESSAGE_ID_CONSTRAINT = "whatsapp_message_pkey";

    /** What the message did. */
    public enum Kind {
        /** Opened a complaint. */
        OPENED,
        /** Was added to the complaint of the sender's conversation as a comment. */
        COMMENTED
    }

    @Id
    public String messageIdHash;
    public String waIdHash;
    public String trackingId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Instant receivedAt;

    public static Uni<Boolean> seen(String messageIdHash) {
        return count("messageIdHash = ?1", messageIdHash).map(n -> n > 0);
    }

    /** The number's last message that went to a complaint, or null. */
    public static Uni<WhatsAppMessage> lastOf(String waIdHash) {
        return find("waIdHash = ?1 and trackingId is not null order by receivedAt desc", waIdHash).firstResult();
    }
}
