package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.kpi.KpiReports;
import id.go.mpp.sinergi.queue.domain.kpi.KpiReport;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/**
 * Service KPIs of an MPP per day, agency and service over a range of MPP-local days (issue #3, item 7). The
 * mpp-admin sees its whole MPP; agency-admins, officers and agency systems see only their own agency at their MPP.
 */
@Path("/mpps/{mpp}/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    static final String DESCRIPTION = """
            KPIs of an MPP, or of one agency or service there, over MPP-local days `from`–`to` (both included; \
            `to` defaults to today in the MPP's time zone, `from` to `to`; at most 92 days). Times are stored in \
            UTC and bucketed in the MPP's time zone: a ticket belongs to the local day it was issued on, and a day \
            starts at local midnight.

            Returned: `total` (the scope), `byDay` (every day of the range, zeros included), `byAgency`, \
            `byService` (every agency/service of the scope) and `busiestHours`. Each `kpis` object holds:
            - `arrived`: tickets issued; each service counts every arrival into its queue, transfers included; \
            `visits`: distinct visits (people) among them.
            - `served` / `notServed`: completed with outcome SERVED / NOT_SERVED; `noShows`; `transferredOut`.
            - Waiting time (`averageWaitSeconds`, `maxWaitSeconds` over `waitsMeasured`): first call − place in \
            the line (arrival, or the appointment for a booked visitor on time), for tickets that were called; \
            never negative.
            - Service time (`averageServiceSeconds`, `maxServiceSeconds` over `servicesMeasured`): completion − \
            start of service (or the call, when completed straight from CALLED), for completed tickets.
            - `overSlaShare` = `overSla` / `slaJudged`: every called ticket is judged against its own service's \
            waiting target (`slaMinutes`) and is over it when it waited longer; a ticket never called is judged \
            (as over target) once its wait so far — until now, or until the end of its day when that day is \
            over — exceeds the target.
            - `busiestHours`: arrivals per local hour of day (0–23) over the range, and the `top` hour(s).

            Times are whole seconds (rounded half up), the share a fraction 0–1 with 4 decimals; averages, \
            maxima and the share are null when nothing was measured.""";

    private final KpiReports reports;
    private final SecurityIdentity identity;

    public KpiResource(KpiReports reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.AGENCY_SYSTEM})
    @Operation(summary = "Service KPIs of an MPP per day, agency and service", description = DESCRIPTION)
    public Uni<KpiReport> kpis(
            @PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
            @Parameter(description = "First MPP-local day, YYYY-MM-DD (default: `to`)") @QueryParam("from") String from,
            @Parameter(description = "Last MPP-local day, YYYY-MM-DD (default: today)") @QueryParam("to") String to,
            @Parameter(description = "Only this agency (agency staff: their own, the default)")
            @QueryParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
            @Parameter(description = "Only this service") @QueryParam("service") @Pattern(regexp = Slugs.CODE)
            String service) {
        return reports.report(Actors.of(Caller.of(identity)), mpp, date("from", from), date("to", to), agency,
                service);
    }

    private static LocalDate date(String field, String value) {
        return value == null || value.isBlank() ? null : Dates.parse(field, value.strip());
    }
}
