package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.calendar.CalendarAdmin;
import id.go.mpp.sinergi.complaint.app.calendar.CalendarCommands;
import id.go.mpp.sinergi.complaint.app.calendar.CalendarQueries;
import id.go.mpp.sinergi.complaint.app.calendar.CalendarViews;
import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;

/**
 * The working-day calendar that complaint deadlines count in (SP4N-LAPOR! stages are working days): public to
 * read; an MPP admin manages the MPP's own non-working days and its time zone. National days are read-only here.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final String NATIONAL_READ_ONLY = "National holidays and cuti bersama (`national: true`, from "
            + "the SKB 3 Menteri) apply to every MPP and are read-only through the API: they change only with a "
            + "Sinergi update (a migration). An MPP admin manages only the MPP's own days.";

    private final CalendarQueries queries;
    private final CalendarAdmin admin;
    private final SecurityIdentity identity;

    public CalendarResource(CalendarQueries queries, CalendarAdmin admin, SecurityIdentity identity) {
        this.queries = queries;
        this.admin = admin;
        this.identity = identity;
    }

    @GET
    @Path("/{mpp}/non-working-days")
    @PermitAll
    @Operation(summary = "The non-working days of an MPP in one year (anyone, no login)", description = """
            National holidays, cuti bersama and the MPP's own holidays of the year, by day, with the MPP's time \
            zone: the days complaint deadlines skip besides Saturdays and Sundays (which are not listed). Days \
            whose `source` says "perkiraan" are estimates until the year's SKB 3 Menteri is out. """
            + NATIONAL_READ_ONLY)
    public Uni<CalendarViews.NonWorkingDaysView> nonWorkingDays(
            @PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
            @Parameter(description = "The year, 2020–2100 (default: the current year in the MPP's time zone)")
            @QueryParam("year") String year) {
        return queries.nonWorkingDays(mpp, year(year));
    }

    @POST
    @Path("/non-working-days")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Add a non-working day to the admin's own MPP (mpp-admin)", description = """
            A local holiday, a cuti bersama or a holiday decreed at short notice, for the MPP of the admin's \
            account: deadlines of its complaints skip it from now on (deadlines already set stay). A day that is \
            already national or already in the MPP's calendar is a 409. """ + NATIONAL_READ_ONLY)
    public Uni<Response> add(@Valid @NotNull CalendarCommands.AddNonWorkingDay request) {
        Caller caller = Caller.of(identity);
        return admin.add(caller, request).map(day -> Response.created(URI.create("/calendar/"
                        + caller.mpp().orElseThrow() + "/non-working-days?year=" + day.day().getYear()))
                .entity(day).build());
    }

    @DELETE
    @Path("/non-working-days/{id}")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Remove one of the admin's own MPP's non-working days (mpp-admin)", description = """
            Another MPP's day, like an unknown one, is not found (404); a national day is refused (403). """
            + NATIONAL_READ_ONLY)
    public Uni<Void> remove(@PathParam("id") String id) {
        return admin.remove(Caller.of(identity), id);
    }

    @PUT
    @Path("/time-zone")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Set the time zone of the admin's own MPP: WIB, WITA or WIT (mpp-admin)", description = """
            Complaint deadlines are due by local midnight: the end of the due day in this zone. An MPP never \
            set counts in WIB.""")
    public Uni<CalendarViews.TimeZoneView> setTimeZone(@Valid @NotNull CalendarCommands.SetTimeZone request) {
        return admin.setTimeZone(Caller.of(identity), request);
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String year = value.strip();
        if (!year.matches("[0-9]{4}")) {
            throw ProblemException.invalidField("year", LocalizedText.of(
                    "bukan tahun (4 angka, 2020–2100)", "is not a year (4 digits, 2020–2100)"));
        }
        return Integer.valueOf(year);
    }
}
