package id.go.mpp.sinergi.complaint.domain.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Open311 {@code api_key}s of registered clients: only their SHA-256 (hex) is kept, and a key is looked up by it
 * (a key is long and random, so no salt is needed to keep it from being guessed back).
 */
public final class ApiKeys {

    /** Longer keys are refused before hashing. */
    public static final int MAX_LENGTH = 200;

    private ApiKeys() {
    }

    public static String hash(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code apiKey} can be a key at all (present, not too long): others are refused without a look-up. */
    public static boolean plausible(String apiKey) {
        return apiKey != null && !apiKey.isEmpty() && apiKey.length() <= MAX_LENGTH;
    }
}
