package id.go.mpp.sinergi.adapter.spi;

/** Names of operations more than one part of the platform refers to. An adapter may offer others of its own. */
public final class Operations {

    /** Check a person's elements (name, birth date …) against the population register for a visit. */
    public static final String VERIFY_IDENTITY = "verify-identity";

    /** Check a business identity number (NIB) and its licences at the licensing system (OSS). */
    public static final String CHECK_NIB = "check-nib";

    /**
     * Send a message to a citizen who gave a number and consent. Payload: {@code to} (+62…), {@code channel}
     * ({@code WHATSAPP} or {@code SMS}), {@code template}, {@code text}, and {@code param.<name>} values.
     */
    public static final String SEND_NOTIFICATION = "send-notification";

    private Operations() {
    }
}
