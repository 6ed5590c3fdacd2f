package id.go.mpp.sinergi.complaint.domain.whatsapp;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "sinergi-dev-app-secret";
    private static final byte[] BODY = "{\"text\":{\"body\":\"Loket tutup 😡 jam 10\"}}"
            .getBytes(StandardCharsets.UTF_8);
    /**
     * Computed apart from Java: {@code printf '%s' '{"text":{"body":"Loket tutup 😡 jam 10"}}'
     * | openssl dgst -sha256 -hmac sinergi-dev-app-secret}.
     */
    private static final String BODY_HMAC = "1e7a9577cd60f1537fd510de901a1efb5db4a37d03d61ea5f186fa32531005d8";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void aBodyWithEmojiIsVerifiedOverItsUtf8BytesAsOpensslComputesIt() {
        assertThat(signature.verifies("sha256=" + BODY_HMAC, BODY)).isTrue();
        assertThat(signature.verifies("sha256=" + hmac(SECRET, BODY), BODY)).isTrue();
        assertThat(hmac(SECRET, BODY)).isEqualTo(BODY_HMAC);
    }

    @Test
    void theRfc4231VectorVerifies() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(new WebhookSignature("Jefe").verifies(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void upperCaseHexAndSurroundingSpaceAreTheSameSignature() {
        assertThat(signature.verifies(" sha256=" + BODY_HMAC.toUpperCase() + " ", BODY)).isTrue();
    }

    @Test
    void theSameTextEncodedOtherwiseIsNotTheSignedBody() {
        // The emoji written as a JSON escape: the same JSON document, other bytes, so not what was signed.
        byte[] escaped = "{\"text\":{\"body\":\"Loket tutup \\ud83d\\ude21 jam 10\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verifies("sha256=" + BODY_HMAC, escaped)).isFalse();
        byte[] utf16 = "{\"text\":{\"body\":\"Loket tutup 😡 jam 10\"}}".getBytes(StandardCharsets.UTF_16);
        assertThat(signature.verifies("sha256=" + BODY_HMAC, utf16)).isFalse();
    }

    @Test
    void anotherSecretOrAChangedBodyDoesNotVerify() {
        assertThat(new WebhookSignature("another-secret").verifies("sha256=" + BODY_HMAC, BODY)).isFalse();
        byte[] changed = BODY.clone();
        changed[changed.length - 3] ^= 1;
        assertThat(signature.verifies("sha256=" + BODY_HMAC, changed)).isFalse();
    }

    @Test
    void missingAndMalformedHeadersDoNotVerify() {
        assertThat(signature.verifies(null, BODY)).isFalse();
        assertThat(signature.verifies("", BODY)).isFalse();
        assertThat(signature.verifies(BODY_HMAC, BODY)).as("no sha256= prefix").isFalse();
        assertThat(signature.verifies("sha1=" + BODY_HMAC, BODY)).isFalse();
        assertThat(signature.verifies("SHA256=" + BODY_HMAC, BODY)).isFalse();
        assertThat(signature.verifies("sha256=" + BODY_HMAC.substring(2), BODY)).as("too short").isFalse();
        assertThat(signature.verifies("sha256=" + BODY_HMAC + "00", BODY)).as("too long").isFalse();
        assertThat(signature.verifies("sha256=" + BODY_HMAC.replace('e', 'g'), BODY)).as("not hex").isFalse();
        assertThat(signature.verifies("sha256=" + BODY_HMAC, null)).isFalse();
    }

    @Test
    void aBlankSecretVerifiesNothing() {
        assertThat(new WebhookSignature(" ").verifies("sha256=" + hmac(" ", BODY), BODY)).isFalse();
    }

    /** Computed here with javax.crypto, apart from the class under test. */
    private static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
