package id.go.mpp.sinergi.complaint.domain.whatsapp;

import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a WhatsApp conversation about one complaint lasts: a message from the same number within {@code length}
 * of their last message on it (WhatsApp's customer service window: 24 hours) adds to that complaint, as long as the
 * complaint is not finished; anything later opens a new complaint.
 */
public record ConversationWindow(Duration length) {

    /** WhatsApp's customer service window, within which the business may answer freely. */
    public static final Duration CUSTOMER_SERVICE_WINDOW = Duration.ofHours(24);

    public ConversationWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a conversation window cannot be negative: " + length);
        }
    }

    /**
     * Does a message at {@code at} continue the conversation whose last message came at {@code lastMessageAt}, on a
     * complaint now in {@code status}?
     */
    public boolean continues(Instant lastMessageAt, ComplaintStatus status, Instant at) {
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        return !status.finished() && at.isBefore(lastMessageAt.plus(length));
    }
}
