package id.go.mpp.sinergi.complaint.api.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.complaint.app.whatsapp.WebhookDelivery;
import id.go.mpp.sinergi.complaint.app.whatsapp.WhatsAppConfig;
import id.go.mpp.sinergi.complaint.app.whatsapp.WhatsAppInbox;
import id.go.mpp.sinergi.complaint.domain.whatsapp.WebhookSignature;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The webhook of the WhatsApp Business Cloud API: Meta's subscription handshake, and the deliveries of messages
 * citizens send to the MPP's business number. No token: a delivery is taken only when its
 * {@code X-Hub-Signature-256} is the HMAC of its raw bytes with the app secret.
 */
@Path("/channels/whatsapp/webhook")
public class WhatsAppWebhookResource {

    private static final Logger LOG = Logger.getLogger(WhatsAppWebhookResource.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final WhatsAppInbox inbox;
    private final ObjectMapper json;
    private final WebhookSignature signature;
    private final byte[] verifyToken;

    public WhatsAppWebhookResource(WhatsAppInbox inbox, ObjectMapper json, WhatsAppConfig config) {
        this.inbox = inbox;
        this.json = json;
        this.signature = new WebhookSignature(config.appSecret());
        this.verifyToken = config.verifyToken().getBytes(StandardCharsets.UTF_8);
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "WhatsApp subscription handshake (Meta, no login)", description = """
            Meta verifies the callback URL with `hub.mode=subscribe`, the verify token set in the Meta app and a \
            challenge: the answer is the challenge as it came (text/plain). Any other mode or token is a 403.""")
    public String handshake(@QueryParam("hub.mode") String mode,
                            @Parameter(description = "The verify token set in the Meta app")
                            @QueryParam("hub.verify_token") String token,
                            @QueryParam("hub.challenge") String challenge) {
        boolean rightToken = token != null && verifyToken.length > 0
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !rightToken || challenge == null || challenge.isEmpty()) {
            LOG.warn("WhatsApp subscription handshake refused: wrong mode, verify token or no challenge");
            throw ProblemException.forbidden("whatsapp-verify-token", LocalizedText.of(
                    "Handshake langganan webhook ditolak: mode atau verify token salah",
                    "Webhook subscription handshake refused: wrong mode or verify token"));
        }
        return challenge;
    }

    /**
     * The signature is checked first, on the bytes as they arrived; only then is the body read as JSON. Accepted
     * deliveries are answered 200 once their messages are taken (WhatsApp retries any other answer); a message
     * already taken is refused and logged but still answered 200, so that WhatsApp stops retrying it.
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "WhatsApp Business Cloud API deliveries: messages to the MPP's number (Meta, signed)",
            description = """
            Signed by Meta with the app secret (`X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body>`); \
            unsigned or wrongly signed: 401, nothing taken. A number's first message opens a complaint at the \
            MPP of the business number; its later messages within the conversation window (24 hours after its last \
            one) are comments on it while it is not finished. Each is answered through `reply-requested`. Delivery \
            statuses and message ids already taken: 200, nothing written. A signed body that is not JSON: 400.""")
    public Uni<Response> receive(@HeaderParam(SIGNATURE_HEADER) String signed, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.verifies(signed, raw)) {
            LOG.warnf("WhatsApp delivery refused: %s %s (%d bytes, body not logged)",
                    signed == null ? "no" : "wrong", SIGNATURE_HEADER, raw.length);
            throw new ProblemException(401, "whatsapp-signature", ProblemTitles.UNAUTHORIZED, LocalizedText.of(
                    "Kiriman webhook tanpa tanda tangan " + SIGNATURE_HEADER + " yang sah",
                    "Webhook delivery without a valid " + SIGNATURE_HEADER + " signature"), List.of());
        }
        return inbox.receive(read(raw)).replaceWith(Response.ok().build());
    }

    private WebhookDelivery read(byte[] raw) {
        try {
            WebhookDelivery delivery = json.readValue(raw, WebhookDelivery.class);
            if (delivery == null) {
                throw malformed(LocalizedText.of("isi kosong", "empty body"));
            }
            return delivery;
        } catch (IOException e) {
            throw malformed(LocalizedText.of("JSON tidak dapat dibaca", "JSON cannot be read"));
        }
    }

    private static ProblemException malformed(LocalizedText why) {
        return new ProblemException(400, "malformed-json", ProblemTitles.MALFORMED, ProblemTitles.VALIDATION_DETAIL,
                List.of(new ProblemException.FieldErrorText("$", why)));
    }
}
