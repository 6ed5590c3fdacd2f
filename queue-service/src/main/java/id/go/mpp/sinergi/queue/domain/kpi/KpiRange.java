package id.go.mpp.sinergi.queue.domain.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The MPP-local days a KPI report covers, both ends included. {@code to} defaults to today (MPP-local) and
 * {@code from} to {@code to}, so no dates means today and only {@code to} means that one day. At most
 * {@link #MAX_DAYS} days.
 */
public record KpiRange(LocalDate from, LocalDate to) {

    /** Longest range, in days (a quarter). */
    public static final int MAX_DAYS = 92;

    public enum Problem {
        /** {@code to} is before {@code from}. */
        TO_BEFORE_FROM,
        /** More than {@link #MAX_DAYS} days. */
        TOO_LONG
    }

    /** A range refused; {@link #field()} names the request field to blame. */
    public static final class InvalidRange extends RuntimeException {
        private final Problem problem;

        InvalidRange(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public String field() {
            return "to";
        }
    }

    public KpiRange {
        if (to.isBefore(from)) {
            throw new InvalidRange(Problem.TO_BEFORE_FROM);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidRange(Problem.TOO_LONG);
        }
    }

    /** The range asked for, with the defaults above; {@code from}/{@code to} may be null. */
    public static KpiRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        return new KpiRange(from != null ? from : end, end);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every day of the range, in order. */
    public List<LocalDate> eachDay() {
        List<LocalDate> days = new ArrayList<>(days());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
