package id.go.mpp.sinergi.complaint.app.calendar;

import id.go.mpp.sinergi.complaint.domain.calendar.NonWorkingDayKind;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What an MPP admin changes in the MPP's working-day calendar (request bodies, validated by the API). */
public final class CalendarCommands {

    /** The years a calendar may hold a day of (and be listed for). */
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2100;

    private CalendarCommands() {
    }

    /** A non-working day of the admin's own MPP. */
    public record AddNonWorkingDay(@NotNull LocalDate day,
                                   @NotNull NonWorkingDayKind kind,
                                   @NotBlank @Size(max = 200) String name) {
    }

    public record SetTimeZone(@NotNull IndonesianTimeZone timeZone) {
    }
}
