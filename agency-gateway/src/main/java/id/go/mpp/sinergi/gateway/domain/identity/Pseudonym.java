package id.go.mpp.sinergi.gateway.domain.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The reference events carry instead of a NIK: a keyed hash (HMAC-SHA256 with the platform's secret key), so the
 * same person has the same reference across visits, and nobody without the key can go back to the NIK or test a
 * guess (a plain hash of 16 digits could be reversed by trying them all).
 */
public final class Pseudonym {

    private Pseudonym() {
    }

    public static String of(byte[] key, String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII));
            return "psn-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
