package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The MPP catalogue in the public API: read by anyone, managed by the MPP's and agencies' admins. */
@Path(Forwarding.PREFIX + "/mpps/{mpp}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueApiResource {

    private final QueueServiceClient queue;
    private final Forwarding forwarding;

    public CatalogueApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding) {
        this.queue = queue;
        this.forwarding = forwarding;
    }

    @GET
    @PermitAll
    @Operation(summary = "An MPP: time zone, opening hours, closed days, agencies (public)")
    public Uni<Response> mpp(@PathParam("mpp") String mpp) {
        return forwarding.relay(queue.mpp(mpp));
    }

    @PUT
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Set an MPP's name, time zone, opening hours and closed days (its mpp-admin)",
            description = """
                    Replaces the MPP's opening hours and closed days. A day closed from today on that was open before \
                    cancels its pending and confirmed bookings: each becomes `CANCELLED` with the closed day's \
                    reason as `cancelReason`, its slot is freed and a `booking-cancelled` event (with that reason) \
                    tells its citizen. Opening the day again later does not bring them back.""")
    public Uni<Response> updateMpp(@PathParam("mpp") String mpp, String body) {
        return forwarding.relayAudited("catalogue.mpp", "mpps/" + mpp, queue.updateMpp(mpp, body));
    }

    @PUT
    @Path("/agencies/{agency}")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Add or rename an agency at the MPP (its mpp-admin)")
    public Uni<Response> updateAgency(@PathParam("mpp") String mpp, @PathParam("agency") String agency, String body) {
        return forwarding.relayAudited("catalogue.agency", "mpps/" + mpp + "/agencies/" + agency,
                queue.updateAgency(mpp, agency, body));
    }

    @GET
    @Path("/services/{code}")
    @PermitAll
    @Operation(summary = "A service: requirements, fee, service time, daily quota (public)")
    public Uni<Response> service(@PathParam("mpp") String mpp, @PathParam("code") String code) {
        return forwarding.relay(queue.service(mpp, code));
    }

    @PUT
    @Path("/services/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    @Operation(summary = "Add or change a service and its quotas (the agency's admin or the mpp-admin)",
            description = "Saving opens the service's days within its booking horizon for online booking. A changed"
                    + " online quota applies to those days too: places are added, or free ones removed; a slot with"
                    + " more bookings than its new share keeps them all and offers no place until it is back under.")
    public Uni<Response> updateService(@PathParam("mpp") String mpp, @PathParam("code") String code, String body) {
        return forwarding.relayAudited("catalogue.service", "mpps/" + mpp + "/services/" + code,
                queue.updateService(mpp, code, body));
    }

    @GET
    @Path("/counters")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.AGENCY_SYSTEM})
    @Operation(summary = "Counters the caller may see (own agency for its staff and system; all for the mpp-admin)")
    public Uni<Response> counters(@PathParam("mpp") String mpp) {
        return forwarding.relay(queue.counters(mpp));
    }

    @PUT
    @Path("/counters/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    @Operation(summary = "Add or change a counter and the services it serves")
    public Uni<Response> updateCounter(@PathParam("mpp") String mpp, @PathParam("code") String code, String body) {
        return forwarding.relayAudited("catalogue.counter", "mpps/" + mpp + "/counters/" + code,
                queue.updateCounter(mpp, code, body));
    }
}
