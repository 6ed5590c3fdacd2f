package id.go.mpp.sinergi.complaint.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a report covers, {@code from} to {@code to} both included, as local days of the MPP's zone: at most
 * {@value #MAX_DAYS} days (a year, leap years included), in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2100;

    /** Why a period is refused, and which end is to blame. */
    public enum Refusal {
        FROM_OUT_OF_RANGE, TO_OUT_OF_RANGE, TO_BEFORE_FROM, TOO_LONG
    }

    /** A period refused; {@code field} is the end ({@code from} or {@code to}) a caller should correct. */
    public static final class InvalidPeriod extends IllegalArgumentException {

        private final Refusal refusal;

        InvalidPeriod(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR) {
            throw new InvalidPeriod(Refusal.FROM_OUT_OF_RANGE);
        }
        if (to.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            throw new InvalidPeriod(Refusal.TO_OUT_OF_RANGE);
        }
        if (to.isBefore(from)) {
            throw new InvalidPeriod(Refusal.TO_BEFORE_FROM);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidPeriod(Refusal.TOO_LONG);
        }
    }

    /** The calendar month {@code day} is in. */
    public static ReportingPeriod monthOf(LocalDate day) {
        return new ReportingPeriod(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone} (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
