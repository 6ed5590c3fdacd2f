package id.go.mpp.sinergi.queue.domain;

import id.go.mpp.sinergi.core.codes.ReadableCodes;

/**
 * The survey code on every ticket, so that a visitor without an account can answer the satisfaction survey too:
 * 10 readable characters (50 random bits), printed in two groups, {@code 7K3M9-Q2XAB}. It is a secret of the ticket's
 * holder: events carry only its {@link #hash}, since other agencies read them.
 */
public final class SurveyCodes {

    public static final int LENGTH = 10;

    /** The printed form: two groups of five. */
    public static final String PRINTED = ReadableCodes.CHARACTER + "{5}-" + ReadableCodes.CHARACTER + "{5}";

    private SurveyCodes() {
    }

    /** A new code, ungrouped (as stored). */
    public static String next() {
        return ReadableCodes.random(LENGTH);
    }

    /** The code as printed on the ticket, or null for a ticket without one. */
    public static String printed(String code) {
        if (code == null) {
            return null;
        }
        String plain = ReadableCodes.normalized(code);
        return plain.substring(0, LENGTH / 2) + "-" + plain.substring(LENGTH / 2);
    }

    /** What is published instead of the code: {@link ReadableCodes#hash}, or null for a ticket without one. */
    public static String hash(String code) {
        return code == null ? null : ReadableCodes.hash(code);
    }
}
