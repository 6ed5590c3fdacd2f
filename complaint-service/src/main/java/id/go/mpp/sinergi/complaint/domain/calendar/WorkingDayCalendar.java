package id.go.mpp.sinergi.complaint.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The working days of one MPP for complaint deadlines: Monday to Friday, except the non-working days given
 * (national holidays, cuti bersama and the MPP's own holidays). Immutable.
 */
public final class WorkingDayCalendar {

    /**
     * How far {@link #plusWorkingDays} looks before giving up: a calendar whose non-working days leave no working
     * day for years is a data error, not a deadline.
     */
    public static final int SEARCH_LIMIT_YEARS = 10;

    /** Any Monday: weekdays are counted from it (see {@link #weekdaysUpTo}). */
    private static final LocalDate ANCHOR_MONDAY = LocalDate.of(2000, 1, 3);

    private static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar(List.of());

    private final NavigableSet<LocalDate> nonWorkingDays;

    private WorkingDayCalendar(Collection<LocalDate> nonWorkingDays) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : nonWorkingDays) {
            days.add(Objects.requireNonNull(day, "a non-working day"));
        }
        this.nonWorkingDays = Collections.unmodifiableNavigableSet(days);
    }

    /** Saturdays and Sundays plus {@code nonWorkingDays} (a day that is already a weekend day changes nothing). */
    public static WorkingDayCalendar of(Collection<LocalDate> nonWorkingDays) {
        return new WorkingDayCalendar(nonWorkingDays);
    }

    /** Saturdays and Sundays only. */
    public static WorkingDayCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /** The non-working days given, in date order (weekends are not listed). */
    public NavigableSet<LocalDate> nonWorkingDays() {
        return nonWorkingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !nonWorkingDays.contains(day);
    }

    /**
     * The {@code n}-th working day strictly after {@code from} ({@code from} itself never counts, even when it is a
     * working day): {@code plusWorkingDays(friday, 1)} is the next Monday when that Monday is not a holiday.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     * @throws IllegalStateException when the {@code n}-th working day is not within {@link #SEARCH_LIMIT_YEARS}
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate limit = from.plusYears(SEARCH_LIMIT_YEARS);
        LocalDate day = from;
        int found = 0;
        while (found < n) {
            day = day.plusDays(1);
            if (day.isAfter(limit)) {
                throw new IllegalStateException("fewer than " + n + " working days in the " + SEARCH_LIMIT_YEARS
                        + " years after " + from + ": check the calendar's non-working days");
            }
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** The number of working days {@code d} with {@code from < d ≤ to}; 0 when {@code to} is not after {@code from}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        long holidays = nonWorkingDays.subSet(from, false, to, true).stream().filter(d -> !isWeekend(d)).count();
        return weekdaysUpTo(to) - weekdaysUpTo(from) - holidays;
    }

    /**
     * Monday-to-Friday days from a fixed Monday up to and including {@code day} (negative before it); only
     * differences of it are used.
     */
    private static long weekdaysUpTo(LocalDate day) {
        long days = ChronoUnit.DAYS.between(ANCHOR_MONDAY, day);
        long weeks = Math.floorDiv(days, 7);
        long rest = Math.floorMod(days, 7); // 0 = Monday … 6 = Sunday
        return weeks * 5 + Math.min(rest + 1, 5);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar calendar && calendar.nonWorkingDays.equals(nonWorkingDays);
    }

    @Override
    public int hashCode() {
        return nonWorkingDays.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[weekends Saturday and Sunday, " + nonWorkingDays.size() + " non-working days]";
    }
}
