package id.go.mpp.sinergi.complaint.app.whatsapp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The WhatsApp Business Cloud API channel ({@code sinergi.complaint.whatsapp.*}). */
@ConfigMapping(prefix = "sinergi.complaint.whatsapp")
public interface WhatsAppConfig {

    /** The token the subscription handshake must echo ({@code hub.verify_token}), as set in the Meta app. */
    String verifyToken();

    /** The Meta app's secret: the key of every delivery's {@code X-Hub-Signature-256}. */
    String appSecret();

    /** The MPP this business number serves: complaints from it are filed there. */
    @WithDefault("kota-jambi")
    String mppCode();

    /** How long after a sender's last message a new one still adds to the same complaint. */
    @WithDefault("PT24H")
    Duration conversationWindow();
}
