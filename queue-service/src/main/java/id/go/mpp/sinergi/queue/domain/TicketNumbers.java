package id.go.mpp.sinergi.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Ticket numbering and the MPP-local service day. */
public final class TicketNumbers {

    private TicketNumbers() {
    }

    /** {@code IMI-A} and 12 → {@code IMI-A-012}; numbers above 999 keep all their digits. */
    public static String format(String prefix, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
        return String.format("%s-%03d", prefix, number);
    }

    /** The day a ticket issued at {@code instant} belongs to: the MPP's local date (days end at local midnight). */
    public static LocalDate serviceDate(Instant instant, ZoneId mppZone) {
        return instant.atZone(mppZone).toLocalDate();
    }

    /** Whole seconds from {@code from} to {@code to}, never negative. */
    public static long secondsBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
