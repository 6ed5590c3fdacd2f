package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.kpi.KpiAccess;
import id.go.mpp.sinergi.queue.domain.kpi.KpiRange;
import id.go.mpp.sinergi.queue.domain.kpi.KpiReport;
import id.go.mpp.sinergi.queue.store.Agency;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.KpiQueries;
import id.go.mpp.sinergi.queue.store.Mpp;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Service KPIs of an MPP per day, agency and service over a range of MPP-local days (issue #3, item 7). The
 * mpp-admin sees its whole MPP; agency-admins and officers see only their own agency at their MPP.
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

    private final KpiQueries queries;
    private final SecurityIdentity identity;
    private final Clock clock;

    public KpiResource(KpiQueries queries, SecurityIdentity identity, Clock clock) {
        this.queries = queries;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER})
    @WithSession
    @Operation(summary = "Service KPIs of an MPP per day, agency and service", description = DESCRIPTION)
    public Uni<KpiReport> kpis(
            @PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
            @Parameter(description = "First MPP-local day, YYYY-MM-DD (default: `to`)") @QueryParam("from") String from,
            @Parameter(description = "Last MPP-local day, YYYY-MM-DD (default: today)") @QueryParam("to") String to,
            @Parameter(description = "Only this agency (agency staff: their own, the default)")
            @QueryParam("agency") @Pattern(regexp = TicketRequests.CODE) String agency,
            @Parameter(description = "Only this service") @QueryParam("service") @Pattern(regexp = TicketRequests.CODE)
            String service) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        Caller caller = Caller.of(identity);
        KpiAccess.Decision decision = KpiAccess.scope(
                new KpiAccess.Staff(identity.getRoles(), caller.agency(), caller.mpp()), mpp, agency);
        if (decision instanceof KpiAccess.Refused refused) {
            throw KpiProblems.refused(refused.refusal(), mpp, agency);
        }
        KpiAccess.Granted granted = (KpiAccess.Granted) decision;
        String scopeAgency = granted.agency().orElse(null);
        Instant now = Timestamps.now(clock);
        return Mpp.<Mpp>findById(mpp)
                .onItem().ifNull().failWith(() -> KpiProblems.mppNotFound(mpp))
                .chain(found -> {
                    KpiRange range;
                    try {
                        range = KpiRange.of(fromDate, toDate, now.atZone(found.zone()).toLocalDate());
                    } catch (KpiRange.InvalidRange e) {
                        return Uni.createFrom().failure(KpiProblems.invalidRange(e));
                    }
                    return Agency.ofMpp(mpp).chain(agencies -> CatalogueService.ofMpp(mpp).chain(services -> {
                        List<String> agencyCodes = agencies.stream().map(a -> a.code)
                                .filter(code -> scopeAgency == null || scopeAgency.equals(code)).toList();
                        if (scopeAgency != null && agencyCodes.isEmpty()) {
                            throw KpiProblems.unknownAgency(scopeAgency);
                        }
                        if (service != null) {
                            CatalogueService chosen = services.stream().filter(s -> s.code.equals(service)).findFirst()
                                    .orElseThrow(() -> KpiProblems.unknownService(service));
                            switch (KpiAccess.service(granted, chosen.agencyCode)) {
                                case OTHER_AGENCY -> throw KpiProblems.refused(KpiAccess.Refusal.OTHER_AGENCY, mpp,
                                        chosen.agencyCode);
                                case NOT_OF_REQUESTED_AGENCY -> throw KpiProblems.serviceOfOtherAgency(service, scopeAgency);
                                case OK -> { }
                            }
                        }
                        List<KpiReport.ServiceRef> refs = services.stream()
                                .filter(s -> scopeAgency == null || scopeAgency.equals(s.agencyCode))
                                .filter(s -> service == null || service.equals(s.code))
                                .map(s -> new KpiReport.ServiceRef(s.code, s.agencyCode, s.slaMinutes))
                                .toList();
                        KpiQueries.Scope scope = new KpiQueries.Scope(mpp, range.from(), range.to(), scopeAgency, service);
                        return queries.tallies(scope, now).chain(tallies -> queries.arrivalsByHour(scope)
                                .map(hours -> KpiReport.assemble(mpp, found.timeZone, range, scopeAgency, service,
                                        tallies, service == null ? agencyCodes : List.of(refs.get(0).agency()),
                                        refs, hours)));
                    }));
                });
    }

    private static LocalDate date(String field, String value) {
        return value == null || value.isBlank() ? null : ServiceResource.parseDate(field, value.strip());
    }
}
