package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.core.codes.ReadableCodes;

import java.util.function.Supplier;

/** Booking codes a citizen shows or types at the kiosk: {@code BK-7K3M9Q2X} (8 readable characters, 40 bits). */
public final class BookingCodes {

    public static final String PATTERN = "BK-" + ReadableCodes.CHARACTER + "{8}";

    private static final Supplier<String> RANDOM = () -> "BK-" + ReadableCodes.random(8);
    private static volatile Supplier<String> source = RANDOM;

    private BookingCodes() {
    }

    public static String next() {
        return source.get();
    }

    /**
     * Tests only: codes come from {@code codes} until {@link #random()} (two bookings drawing the same code is
     * otherwise a one-in-10^12 event per pair, which a test cannot wait for).
     */
    public static void drawFrom(Supplier<String> codes) {
        source = codes;
    }

    /** Back to random codes. */
    public static void random() {
        source = RANDOM;
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches(PATTERN);
    }
}
