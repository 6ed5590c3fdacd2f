package id.go.mpp.sinergi.queue.domain.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * When an MPP serves: hours per weekday (a day without hours is not a working day) and closed days
 * (public holidays, cuti bersama). Times are MPP-local.
 */
public final class OpeningHours {

    /**
     * Opening and closing time of one day; {@code opens} is before {@code closes}, except that
     * {@code closes} = 00:00 means midnight at the end of the day (so 00:00–00:00 is open all day).
     */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            if (!untilMidnight(closes) && !opens.isBefore(closes)) {
                throw new IllegalArgumentException("opens must be before closes");
            }
        }

        public static boolean valid(LocalTime opens, LocalTime closes) {
            return untilMidnight(closes) || opens.isBefore(closes);
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(opens) && (untilMidnight(closes) || time.isBefore(closes));
        }

        private static boolean untilMidnight(LocalTime closes) {
            return LocalTime.MIDNIGHT.equals(closes);
        }
    }

    /** Whether the MPP serves at a moment, and if not, why. */
    public enum Status { OPEN, CLOSED_DAY, NOT_A_WORKING_DAY, OUTSIDE_HOURS }

    private final Map<DayOfWeek, Hours> weekly;
    private final Set<LocalDate> closedDays;

    public OpeningHours(Map<DayOfWeek, Hours> weekly, Set<LocalDate> closedDays) {
        this.weekly = weekly.isEmpty() ? Map.of() : new EnumMap<>(weekly);
        this.closedDays = Set.copyOf(closedDays);
    }

    public Status at(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        if (closedDays.contains(local.toLocalDate())) {
            return Status.CLOSED_DAY;
        }
        Hours hours = weekly.get(local.getDayOfWeek());
        if (hours == null) {
            return Status.NOT_A_WORKING_DAY;
        }
        return hours.contains(local.toLocalTime()) ? Status.OPEN : Status.OUTSIDE_HOURS;
    }

    /** Whether the MPP serves at all on a local day ({@link Status#OPEN}), and if not, why. */
    public Status on(LocalDate day) {
        if (closedDays.contains(day)) {
            return Status.CLOSED_DAY;
        }
        return weekly.containsKey(day.getDayOfWeek()) ? Status.OPEN : Status.NOT_A_WORKING_DAY;
    }

    public Map<DayOfWeek, Hours> weekly() {
        return weekly;
    }

    public Set<LocalDate> closedDays() {
        return closedDays;
    }
}
