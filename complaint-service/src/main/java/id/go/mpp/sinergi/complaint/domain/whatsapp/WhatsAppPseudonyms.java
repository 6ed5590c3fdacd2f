package id.go.mpp.sinergi.complaint.domain.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What is kept of a WhatsApp number and of a message id ({@code wamid…}, which carries the sender's number,
 * base64-encoded): their SHA-256, to recognise them again without keeping them. The number itself is kept only in
 * the complaint's reporter row.
 */
public final class WhatsAppPseudonyms {

    private WhatsAppPseudonyms() {
    }

    /** SHA-256 (lower-case hex) of the UTF-8 text. */
    public static String of(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A short form for logs: enough to find the line again, nothing to recover the value from. */
    public static String forLog(String value) {
        return of(value).substring(0, 12);
    }
}
