package id.go.mpp.sinergi.complaint.app.calendar;

import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import id.go.mpp.sinergi.complaint.store.calendar.MppCalendar;
import id.go.mpp.sinergi.complaint.store.calendar.NonWorkingDay;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.codes.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An MPP admin manages the MPP's own non-working days and its time zone. National days (SKB 3 Menteri) are shared
 * by every MPP and come only from migrations: through the API they are read-only. Each change is one transaction;
 * the MPP's cached calendar is dropped after it commits.
 */
@ApplicationScoped
public class CalendarAdmin {

    private final Calendars calendars;
    private final Clock clock;

    public CalendarAdmin(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public Uni<CalendarViews.NonWorkingDayView> add(Caller caller, CalendarCommands.AddNonWorkingDay request) {
        String mpp = mppOf(caller);
        LocalDate day = request.day();
        CalendarQueries.requireYear("day", day.getYear());
        String name = request.name().strip();
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> NonWorkingDay.onDay(mpp, day).chain(existing -> {
                    if (!existing.isEmpty()) {
                        throw alreadyNonWorking(day, existing.get(0).national());
                    }
                    NonWorkingDay row = new NonWorkingDay();
                    row.mppCode = mpp;
                    row.day = day;
                    row.kind = request.kind();
                    row.name = name;
                    row.source = "admin MPP " + mpp;
                    row.createdAt = now;
                    return row.<NonWorkingDay>persist();
                }))
                // Two admins adding the same day at once: the unique constraint keeps one, the other learns why.
                .onFailure(e -> UniqueViolations.of(e, NonWorkingDay.MPP_DAY_CONSTRAINT))
                .transform(e -> alreadyNonWorking(day, false))
                .invoke(() -> calendars.invalidate(mpp))
                .map(CalendarViews.NonWorkingDayView::of);
    }

    /** Removes one of the MPP's own days; another MPP's day, like an unknown one, is not found. */
    public Uni<Void> remove(Caller caller, String id) {
        String mpp = mppOf(caller);
        Long key = idOf(id);
        if (key == null) {
            return Uni.createFrom().failure(notFound());
        }
        return Panache.withTransaction(() -> NonWorkingDay.<NonWorkingDay>findById(key).chain(row -> {
                    if (row == null || !(row.national() || mpp.equals(row.mppCode))) {
                        throw notFound();
                    }
                    if (row.national()) {
                        throw ProblemException.forbidden("national-non-working-day", LocalizedText.of(
                                "Hari libur nasional dan cuti bersama berlaku untuk semua MPP dan hanya diubah lewat "
                                        + "pembaruan Sinergi sesuai SKB 3 Menteri",
                                "National holidays and cuti bersama apply to every MPP and change only with a Sinergi "
                                        + "update that follows the SKB 3 Menteri"));
                    }
                    return row.delete();
                }))
                .invoke(() -> calendars.invalidate(mpp));
    }

    public Uni<CalendarViews.TimeZoneView> setTimeZone(Caller caller, CalendarCommands.SetTimeZone request) {
        String mpp = mppOf(caller);
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> MppCalendar.setZone(mpp, request.timeZone().zone(), now))
                .invoke(() -> calendars.invalidate(mpp))
                .map(ignored -> new CalendarViews.TimeZoneView(mpp, request.timeZone()));
    }

    /** The MPP the admin belongs to (the token's {@code mpp} claim). */
    private static String mppOf(Caller caller) {
        return caller.mpp().orElseThrow(() -> ProblemException.forbidden("no-mpp", LocalizedText.of(
                "Akun Anda tidak terhubung ke MPP mana pun", "Your account is not linked to any MPP")));
    }

    /** A row id as the path gives it; anything else names no row. */
    private static Long idOf(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("non-working-day-not-found", LocalizedText.of(
                "Hari libur ini tidak ada di kalender MPP Anda", "This non-working day is not in your MPP's calendar"));
    }

    private static ProblemException alreadyNonWorking(LocalDate day, boolean national) {
        return ProblemException.conflict("non-working-day-exists", national
                ? LocalizedText.of("%s sudah hari libur nasional", "%s is already a national non-working day")
                        .formatted(day)
                : LocalizedText.of("%s sudah ada di kalender MPP Anda", "%s is already in your MPP's calendar")
                        .formatted(day));
    }
}
