package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The span of {@code requested_datetime} that GET requests searches, by the spec's rules: at most 90 days; without
 * dates the last 90 days; with one date, 90 days from or up to it. Both ends count ({@code end} to the end of its
 * second, so that a client paging back with {@code end_date} = the oldest {@code requested_datetime} it got, given
 * to the second, misses nothing).
 */
public record RequestWindow(Instant start, Instant endExclusive) {

    /** The spec's longest span and its default one. */
    public static final Duration MAX_SPAN = Duration.ofDays(90);

    /** The spec's default (and here the largest) number of requests in one answer. */
    public static final int LIMIT = 1_000;

    /** Dates a search may name: what PostgreSQL and every client can hold, well around any complaint. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    public RequestWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
    }

    /**
     * The window of {@code start_date} and {@code end_date} (W3C date-times, or plain dates read in {@code zone};
     * either may be null) at {@code now}.
     */
    public static RequestWindow of(String startDate, String endDate, Instant now, ZoneId zone) {
        Instant start = startDate == null || startDate.isBlank() ? null : parse("start_date", startDate, zone, false);
        Instant endExclusive = endDate == null || endDate.isBlank() ? null : parse("end_date", endDate, zone, true);
        if (start != null && outOfRange(start)) {
            throw invalid("start_date");
        }
        if (endExclusive != null && outOfRange(endExclusive)) {
            throw invalid("end_date");
        }
        if (start == null && endExclusive == null) {
            endExclusive = now.plusSeconds(1);
            start = now.minus(MAX_SPAN);
        } else if (start == null) {
            start = endExclusive.minus(MAX_SPAN);
        } else if (endExclusive == null) {
            endExclusive = start.plus(MAX_SPAN);
        }
        if (!start.isBefore(endExclusive)) {
            throw Open311Refusal.badRequest(LocalizedText.of("start_date harus sebelum end_date",
                    "start_date must be before end_date"));
        }
        // The end counts to the end of its second: allow that second beyond the 90 days.
        if (Duration.between(start, endExclusive).compareTo(MAX_SPAN.plusSeconds(1)) > 0) {
            throw Open311Refusal.badRequest(LocalizedText.of(
                    "rentang start_date sampai end_date paling lama 90 hari",
                    "start_date to end_date may not span more than 90 days"));
        }
        return new RequestWindow(start, endExclusive);
    }

    /**
     * A W3C date-time ({@code 2026-12-01T08:00:00+07:00}, {@code …Z}, seconds and fractions optional) or a plain
     * date ({@code 2026-12-01}, its first or, for an end, its last moment in {@code zone}).
     */
    static Instant parse(String field, String text, ZoneId zone, boolean end) {
        String value = text.strip();
        if (value.length() > 40) {
            throw invalid(field);
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            if (!end) {
                return instant;
            }
            // Inclusive to the end of the second given (or past the instant when it has a fraction).
            return instant.getNano() == 0 ? instant.plusSeconds(1) : instant.plusNanos(1_000);
        } catch (DateTimeException | ArithmeticException e) {
            throw invalid(field);
        }
    }

    private static boolean outOfRange(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST);
    }

    private static Open311Refusal invalid(String field) {
        return Open311Refusal.badRequest(LocalizedText.of(
                "%s harus tanggal-waktu W3C, mis. 2026-12-01T08:00:00+07:00 atau 2026-12-01",
                "%s must be a W3C date-time such as 2026-12-01T08:00:00+07:00 or 2026-12-01").formatted(field));
    }
}
