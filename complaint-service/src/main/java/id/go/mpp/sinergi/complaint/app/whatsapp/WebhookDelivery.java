package id.go.mpp.sinergi.complaint.app.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delivery of the WhatsApp Business Cloud API webhook, as much of it as complaints need:
 * {@code {"object": "whatsapp_business_account", "entry": [{"id", "changes": [{"field": "messages", "value":
 * {"metadata", "contacts": [{"profile": {"name"}, "wa_id"}], "messages": [{"from", "id", "timestamp", "type",
 * "text": {"body"}, …}]}}]}]}}. Delivery {@code statuses} of messages the business sent arrive the same way and are
 * not read. Unknown fields are ignored: Meta adds fields without notice.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookDelivery(String object, List<Entry> entry) {

    /** The only object this webhook takes; deliveries of other Meta products are answered and ignored. */
    public static final String WHATSAPP_BUSINESS_ACCOUNT = "whatsapp_business_account";

    /** The changes field that carries messages (and statuses). */
    static final String MESSAGES_FIELD = "messages";

    /** A wa_id: the number in international form, digits only. */
    private static final Pattern WA_ID = Pattern.compile("[0-9]{6,20}");
    private static final Pattern TYPE = Pattern.compile("[a-z_]{1,32}");
    private static final int MESSAGE_ID_MAX = 256;
    private static final int NAME_MAX = 200;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, List<Change> changes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String field, Value value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(@JsonProperty("messaging_product") String messagingProduct, Metadata metadata,
                        List<Contact> contacts, List<Message> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metadata(@JsonProperty("display_phone_number") String displayPhoneNumber,
                           @JsonProperty("phone_number_id") String phoneNumberId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(Profile profile, @JsonProperty("wa_id") String waId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String name) {
    }

    /** One message; of its type-specific parts only those that carry text the citizen wrote. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String from, String id, String timestamp, String type, Text text, Media image,
                          Media video, Media document, Media audio, Media sticker, Button button,
                          Interactive interactive) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Text(String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Media(String caption) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Button(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interactive(@JsonProperty("button_reply") Reply buttonReply,
                              @JsonProperty("list_reply") Reply listReply) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(String title) {
    }

    /**
     * Every message of the delivery, in order, with the sender's profile name; none for another object or for
     * statuses only. A message without a sender or an id it can be known by is a 400 (before anything is taken).
     */
    public List<InboundMessage> messages() {
        List<InboundMessage> taken = new ArrayList<>();
        if (!WHATSAPP_BUSINESS_ACCOUNT.equals(object)) {
            return taken;
        }
        List<Entry> entries = entry == null ? List.of() : entry;
        for (int e = 0; e < entries.size(); e++) {
            List<Change> changes = entries.get(e) == null || entries.get(e).changes() == null ? List.of()
                    : entries.get(e).changes();
            for (int c = 0; c < changes.size(); c++) {
                Change change = changes.get(c);
                if (change == null || !MESSAGES_FIELD.equals(change.field()) || change.value() == null
                        || change.value().messages() == null) {
                    continue;
                }
                List<Message> messages = change.value().messages();
                for (int m = 0; m < messages.size(); m++) {
                    String at = "entry[%d].changes[%d].value.messages[%d]".formatted(e, c, m);
                    taken.add(inbound(messages.get(m), change.value().contacts(), at));
                }
            }
        }
        return taken;
    }

    private static InboundMessage inbound(Message m, List<Contact> contacts, String at) {
        if (m == null) {
            throw invalid(at, "pesan kosong", "empty message");
        }
        if (m.from() == null || !WA_ID.matcher(m.from()).matches()) {
            throw invalid(at + ".from", "harus nomor WhatsApp (6–20 angka)", "must be a WhatsApp id (6–20 digits)");
        }
        if (m.id() == null || m.id().isBlank() || m.id().length() > MESSAGE_ID_MAX) {
            throw invalid(at + ".id", "wajib diisi (paling panjang 256 karakter)",
                    "is required (at most 256 characters)");
        }
        String type = m.type() != null && TYPE.matcher(m.type()).matches() ? m.type() : "unknown";
        return new InboundMessage(m.id(), m.from(), name(m.from(), contacts), type, text(m, type));
    }

    /** The profile name of the contact the message is from (the only contact when none names it). */
    private static String name(String waId, List<Contact> contacts) {
        if (contacts == null || contacts.isEmpty()) {
            return null;
        }
        Contact contact = contacts.stream().filter(Objects::nonNull).filter(c -> waId.equals(c.waId())).findFirst()
                .orElse(contacts.size() == 1 ? contacts.get(0) : null);
        if (contact == null || contact.profile() == null || contact.profile().name() == null
                || contact.profile().name().isBlank()) {
            return null;
        }
        return Texts.truncate(contact.profile().name().strip(), NAME_MAX);
    }

    /** The text the citizen wrote: a text's body, a caption, a button's or a list choice's title; else a marker. */
    private static String text(Message m, String type) {
        String written = switch (type) {
            case "text" -> m.text() == null ? null : m.text().body();
            case "image" -> caption(m.image());
            case "video" -> caption(m.video());
            case "document" -> caption(m.document());
            case "audio" -> caption(m.audio());
            case "sticker" -> caption(m.sticker());
            case "button" -> m.button() == null ? null : m.button().text();
            case "interactive" -> m.interactive() == null ? null
                    : m.interactive().buttonReply() != null ? m.interactive().buttonReply().title()
                    : m.interactive().listReply() != null ? m.interactive().listReply().title() : null;
            default -> null;
        };
        return written == null || written.isBlank() ? "[" + type + " message]" : written.strip();
    }

    private static String caption(Media media) {
        return media == null ? null : media.caption();
    }

    private static ProblemException invalid(String field, String id, String en) {
        return ProblemException.invalidField(field, LocalizedText.of(id, en));
    }
}
