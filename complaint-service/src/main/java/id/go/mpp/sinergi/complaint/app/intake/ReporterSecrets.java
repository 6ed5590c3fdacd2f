package id.go.mpp.sinergi.complaint.app.intake;

import id.go.mpp.sinergi.core.codes.ReadableCodes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret a reporter without an account follows a complaint with: 16 readable characters (80 random bits),
 * handed out once; only its SHA-256 is kept.
 */
public final class ReporterSecrets {

    public static final int LENGTH = 16;

    private ReporterSecrets() {
    }

    public static String draw() {
        return ReadableCodes.random(LENGTH);
    }

    public static String hash(String secret) {
        return ReadableCodes.hash(secret);
    }

    /** Constant-time comparison of a given secret with the kept hash; false for a missing one. */
    public static boolean matches(String secret, String keptHash) {
        if (secret == null || keptHash == null || secret.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                keptHash.getBytes(StandardCharsets.US_ASCII));
    }
}
