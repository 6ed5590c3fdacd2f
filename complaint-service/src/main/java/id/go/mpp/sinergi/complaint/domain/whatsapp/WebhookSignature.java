package id.go.mpp.sinergi.complaint.domain.whatsapp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The signature WhatsApp (Meta) puts on every webhook delivery: {@code X-Hub-Signature-256: sha256=<hex>}, the
 * HMAC-SHA256 of the raw body bytes keyed with the app secret. It is checked over the bytes as they arrived (never
 * over re-serialised JSON: escapes and non-ASCII text would change them), in constant time.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final Pattern HEX_256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final SecretKeySpec key;

    /** {@code appSecret}: the Meta app's secret (App settings → Basic); blank refuses every delivery. */
    public WebhookSignature(String appSecret) {
        Objects.requireNonNull(appSecret, "appSecret");
        this.key = appSecret.isBlank() ? null
                : new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** True only for a well-formed {@code sha256=<64 hex digits>} that is the HMAC of exactly {@code rawBody}. */
    public boolean verifies(String header, byte[] rawBody) {
        if (key == null || header == null || rawBody == null) {
            return false;
        }
        String value = header.strip();
        if (!value.startsWith(PREFIX) || !HEX_256.matcher(value.substring(PREFIX.length())).matches()) {
            return false;
        }
        byte[] given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        return MessageDigest.isEqual(hmac(rawBody), given);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
