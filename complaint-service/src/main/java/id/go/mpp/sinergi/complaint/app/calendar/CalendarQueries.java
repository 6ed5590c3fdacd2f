package id.go.mpp.sinergi.complaint.app.calendar;

import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import id.go.mpp.sinergi.complaint.store.calendar.MppCalendar;
import id.go.mpp.sinergi.complaint.store.calendar.NonWorkingDay;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Anyone may read an MPP's non-working days: a citizen sees why a complaint's deadline moved. Read from the tables,
 * not from the deadlines' cache: any MPP code may be asked for, and an edit shows at once on every instance.
 */
@ApplicationScoped
public class CalendarQueries {

    private final Clock clock;

    public CalendarQueries(Clock clock) {
        this.clock = clock;
    }

    /** The national days and the MPP's own of {@code year} (null: the current year in the MPP's zone). */
    @WithSession
    public Uni<CalendarViews.NonWorkingDaysView> nonWorkingDays(String mppCode, Integer year) {
        if (year != null) {
            requireYear("year", year);
        }
        return MppCalendar.<MppCalendar>findById(mppCode).chain(mpp -> {
            ZoneId zone = mpp == null ? Calendars.DEFAULT_ZONE : mpp.zone();
            int listed = year != null ? year : Timestamps.now(clock).atZone(zone).getYear();
            return NonWorkingDay.ofMpp(mppCode, LocalDate.of(listed, 1, 1), LocalDate.of(listed, 12, 31))
                    .map(rows -> new CalendarViews.NonWorkingDaysView(mppCode, listed,
                            IndonesianTimeZone.ofZone(zone.getId()).orElse(IndonesianTimeZone.WIB),
                            rows.stream().map(CalendarViews.NonWorkingDayView::of).toList()));
        });
    }

    /** A 400 on {@code field} unless {@code year} is one a calendar holds. */
    static void requireYear(String field, int year) {
        if (year < CalendarCommands.FIRST_YEAR || year > CalendarCommands.LAST_YEAR) {
            throw ProblemException.invalidField(field, LocalizedText.of("tahun harus antara %d dan %d",
                    "the year must be from %d to %d").formatted(CalendarCommands.FIRST_YEAR, CalendarCommands.LAST_YEAR));
        }
    }
}
