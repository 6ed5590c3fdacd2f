package id.go.mpp.sinergi.adapter.spi;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The signature most agency systems put on their callbacks and webhooks: a header {@code sha256=<hex HMAC-SHA256 of
 * the raw body with a shared secret>} (SIMKIM, OSS, and Meta's WhatsApp webhooks alike).
 */
public final class HmacSignatures {

    private static final String PREFIX = "sha256=";

    private HmacSignatures() {
    }

    /** Whether {@code header} is the body's signature; compared in constant time so timing tells nothing. */
    public static boolean matches(String secret, Optional<String> header, byte[] body) {
        if (header.isEmpty() || !header.get().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.get().substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    /** The header value for {@code body}: {@code sha256=<hex>}. */
    public static String header(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
