package id.go.mpp.sinergi.complaint.app.calendar;

import id.go.mpp.sinergi.complaint.domain.calendar.NonWorkingDayKind;
import id.go.mpp.sinergi.complaint.store.calendar.NonWorkingDay;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;

import java.time.LocalDate;
import java.util.List;

/** The working-day calendar as the API shows it. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /**
     * A non-working day; {@code national} days apply to every MPP and are read-only through the API, the others
     * are the MPP's own.
     */
    public record NonWorkingDayView(long id, LocalDate day, NonWorkingDayKind kind, String name, String source,
                                    boolean national) {

        static NonWorkingDayView of(NonWorkingDay row) {
            return new NonWorkingDayView(row.id, row.day, row.kind, row.name, row.source, row.national());
        }
    }

    /** The non-working days of one MPP in one year (Saturdays and Sundays are not listed: they never count). */
    public record NonWorkingDaysView(String mppCode, int year, IndonesianTimeZone timeZone,
                                     List<NonWorkingDayView> days) {
    }

    public record TimeZoneView(String mppCode, IndonesianTimeZone timeZone) {
    }
}
