package id.go.mpp.sinergi.core.codes;

import java.security.SecureRandom;

/**
 * Random codes people read out and type (complaint tracking ids, booking codes). They use Crockford's base 32
 * (digits and upper-case letters without I, L, O, U), so a code survives being dictated over the phone.
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
}
