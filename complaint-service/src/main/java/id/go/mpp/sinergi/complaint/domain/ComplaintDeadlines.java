package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.complaint.domain.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The stage deadlines of the complaints of one MPP: working days of its calendar, counted on local days of its time
 * zone. A stage opened at any hour of a day is due by the end of the {@code n}-th working day after that day
 * (a complaint submitted on Friday evening or on Sunday has the same verification deadline as one submitted on
 * Friday morning).
 */
public final class ComplaintDeadlines {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public ComplaintDeadlines(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The deadline of {@code stage} opened at {@code start}: the start of the day after the due day, locally. */
    public Deadline dueAfter(ComplaintStage stage, Instant start) {
        Objects.requireNonNull(stage, "stage");
        LocalDate dueDay = calendar.plusWorkingDays(localDay(start), stage.workingDays());
        return new Deadline(stage, dueDay, dueDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether the deadline has passed at {@code now} ({@code dueAt} itself is already too late). */
    public boolean breached(Deadline deadline, Instant now) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(deadline.dueAt());
    }

    /** Working days from {@code start}'s local day (not counted) to {@code end}'s (counted); 0 within one day. */
    public long workingDaysTaken(Instant start, Instant end) {
        return calendar.workingDaysBetween(localDay(start), localDay(Objects.requireNonNull(end, "end")));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    private LocalDate localDay(Instant instant) {
        return Objects.requireNonNull(instant, "instant").atZone(zone).toLocalDate();
    }
}
