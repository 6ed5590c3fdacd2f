package id.go.mpp.sinergi.survey.store.ikm;

import java.time.LocalDate;

/**
 * Which rows hold the days {@code from}…{@code to}: the whole months inside them from the monthly roll-up
 * ({@code ikm_month}, {@code served_month}: {@code firstMonth}…{@code lastMonth}, each the first day of its month),
 * the days of a partial month at either end from the daily rows ({@code head} before the first whole month,
 * {@code tail} after the last). A range with no whole month is all head. An empty part has its last day before its
 * first, so {@code between} finds nothing.
 */
record DaysAndMonths(LocalDate headFrom, LocalDate headTo, LocalDate firstMonth, LocalDate lastMonth,
                     LocalDate tailFrom, LocalDate tailTo) {

    static DaysAndMonths of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("days " + from + ".." + to + " end before they start");
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastWhole = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        if (!firstWhole.isBefore(afterLastWhole)) {
            return new DaysAndMonths(from, to, firstWhole, firstWhole.minusMonths(1), to.plusDays(1), to);
        }
        return new DaysAndMonths(from, firstWhole.minusDays(1), firstWhole, afterLastWhole.minusMonths(1),
                afterLastWhole, to);
    }

    /** The month (its first day) that holds {@code day}: its row in the roll-up. */
    static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    boolean hasMonths() {
        return !lastMonth.isBefore(firstMonth);
    }
}
