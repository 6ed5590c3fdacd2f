package id.go.mpp.sinergi.core.codes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Random codes people read out and type (complaint tracking ids, booking codes). They use Crockford's base 32
 * (digits and upper-case letters without I, L, O, U), so a code survives being dictated over the phone. A code that
 * is a secret (a reporter's secret, a survey code) is kept only as its {@link #hash}.
 */
public final class ReadableCodes {

    /** A regular-expression character class matching one code character. */
    public static final String CHARACTER = "[0-9A-HJKMNP-TV-Z]";

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    /** {@code length} random characters: 5 bits each, so 8 characters hold 40 bits. */
    public static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as typed, made comparable: spaces and dashes (printed groups) dropped, upper case. */
    public static String normalized(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The SHA-256 (hex) of the {@link #normalized} code: what is stored or published instead of a secret code. */
    public static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalized(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
