package id.go.mpp.sinergi.events.notification;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A message to send to a reporter on the channel they wrote from, for the notification adapter. The one event that
 * carries a phone number (the hand-off itself); its topic is read by the notification adapter only.
 *
 * @param channel   {@code WHATSAPP}
 * @param recipient the reporter's WhatsApp id (international digits, e.g. {@code 6281234567890})
 * @param inReplyTo the message id answered ({@code wamid…}), or {@code null}
 */
@EventType(value = "id.go.mpp.notification.reply-requested.v1", topic = Topics.NOTIFICATION_REQUESTS)
public record ReplyRequested(
        String requestId,
        String complaintId,
        String channel,
        String recipient,
        String inReplyTo,
        String language,
        String text,
        Instant requestedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }

    @Override
    public String subject() {
        return requestId;
    }
}
