package id.go.mpp.sinergi.complaint.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Tracking ids citizens can read out and type: {@code ADU-20261123-7KQ4XMA9}. The random part (8 characters, 40 bits) uses
 * Crockford's base 32 (no I, L, O, U) so it survives being dictated over the phone.
 */
public final class TrackingIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PATTERN = "ADU-\\d{8}-[0-9A-HJKMNP-TV-Z]{8}";

    private TrackingIds() {
    }

    public static String next(LocalDate day) {
        StringBuilder id = new StringBuilder("ADU-").append(day.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    public static boolean isWellFormed(String trackingId) {
        return trackingId != null && trackingId.matches(PATTERN);
    }
}
