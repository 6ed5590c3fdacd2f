package id.go.mpp.sinergi.complaint.app.whatsapp;

/**
 * One message a citizen sent to the business number, as taken from a delivery.
 *
 * @param messageId the {@code wamid…}
 * @param waId      the sender's WhatsApp id (international digits)
 * @param name      the sender's profile name, or null
 * @param type      the message type ({@code text}, {@code image}, …)
 * @param text      what the complaint or comment records: the text, a caption, or {@code [<type> message]}
 */
public record InboundMessage(String messageId, String waId, String name, String type, String text) {

    @Override
    public String toString() {
        // Never the number nor the text (records print every component): for logs and assertion messages.
        return "InboundMessage[type=" + type + "]";
    }
}
