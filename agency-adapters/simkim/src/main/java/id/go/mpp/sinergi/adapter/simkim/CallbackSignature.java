package id.go.mpp.sinergi.adapter.simkim;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/** SIMKIM signs its callbacks {@code sha256=<hex HMAC-SHA256(secret, raw body)>}. */
final class CallbackSignature {

    private static final String PREFIX = "sha256=";

    private CallbackSignature() {
    }

    /** Whether {@code header} is the body's signature; compared in constant time so timing tells nothing. */
    static boolean matches(String secret, Optional<String> header, byte[] body) {
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

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
