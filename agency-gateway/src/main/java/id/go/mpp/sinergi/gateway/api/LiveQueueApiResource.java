package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What citizens follow: the wait for a service, their ticket's position, their journey. */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
public class LiveQueueApiResource {

    private final QueueServiceClient queue;
    private final Forwarding forwarding;

    public LiveQueueApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding) {
        this.queue = queue;
        this.forwarding = forwarding;
    }

    @GET
    @Path("/services/{code}/wait")
    @PermitAll
    @Operation(summary = "People waiting, open counters and the estimated wait for a new walk-in")
    public Uni<Response> waitEstimate(@PathParam("code") String code, @QueryParam("mpp") String mpp) {
        return forwarding.relay(queue.waitEstimate(code, mpp));
    }

    @GET
    @Path("/tickets/{id}/position")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "How many are ahead of a ticket and its estimated wait")
    public Uni<Response> position(@PathParam("id") String id) {
        return forwarding.relay(queue.position(id));
    }

    @GET
    @Path("/visits/{visitId}/journey")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "Every step of a visit across agencies")
    public Uni<Response> journey(@PathParam("visitId") String visitId) {
        return forwarding.relay(queue.journey(visitId));
    }
}
