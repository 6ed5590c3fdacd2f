package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Service KPIs through the public API (a read: relayed, not audited); queue-service decides the caller's scope.
 * The class carries the whole path: at {@code /api/v1} alone, requests for {@code /api/v1/mpps/{mpp}/kpis} would
 * be matched to {@link CatalogueApiResource} (class paths are matched first) and end in 404.
 */
@Path(Forwarding.PREFIX + "/mpps/{mpp}/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiApiResource {

    private final QueueServiceClient queue;
    private final Forwarding forwarding;

    public KpiApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding) {
        this.queue = queue;
        this.forwarding = forwarding;
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.AGENCY_SYSTEM})
    @Operation(summary = "Service KPIs of an MPP per day, agency and service",
            description = """
                    Arrived, visits, served, not served, no-shows, transferred out, average and max waiting and \
                    service time, share of tickets waiting above their service's target, and busiest hours, over \
                    MPP-local days `from`–`to` (default today; at most 92 days), bucketed in the MPP's time zone. \
                    The mpp-admin sees the whole MPP; agency-admins, officers and agency systems only their own \
                    agency. \
                    Definitions: see queue-service's `GET /mpps/{mpp}/kpis`.""")
    public Uni<Response> kpis(@PathParam("mpp") String mpp,
                              @Parameter(description = "First MPP-local day, YYYY-MM-DD (default: `to`)")
                              @QueryParam("from") String from,
                              @Parameter(description = "Last MPP-local day, YYYY-MM-DD (default: today)")
                              @QueryParam("to") String to,
                              @Parameter(description = "Only this agency") @QueryParam("agency") String agency,
                              @Parameter(description = "Only this service") @QueryParam("service") String service) {
        return forwarding.relay(queue.kpis(mpp, from, to, agency, service));
    }
}
