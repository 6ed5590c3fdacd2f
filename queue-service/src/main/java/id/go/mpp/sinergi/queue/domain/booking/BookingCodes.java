package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.core.codes.ReadableCodes;

/** Booking codes a citizen shows or types at the kiosk: {@code BK-7K3M9Q2X} (8 readable characters, 40 bits). */
public final class BookingCodes {

    public static final String PATTERN = "BK-" + ReadableCodes.CHARACTER + "{8}";

    private BookingCodes() {
    }

    public static String next() {
        return "BK-" + ReadableCodes.random(8);
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches(PATTERN);
    }
}
