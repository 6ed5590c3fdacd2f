package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public API for citizens' apps and MPP staff. Each endpoint declares who may call it; the
 * caller's token is forwarded so the owning service applies its own, finer rules (own tickets, own agency).
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicApiResource {

    /** The MPP's self-service kiosk (client credentials): issues walk-ins, checks bookings in. */
    static final String KIOSK = "kiosk";

    private final QueueServiceClient queue;
    private final Forwarding forwarding;
    private final NibAtIssue nibAtIssue;

    public PublicApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding, NibAtIssue nibAtIssue) {
        this.queue = queue;
        this.forwarding = forwarding;
        this.nibAtIssue = nibAtIssue;
    }

    @GET
    @Path("/services")
    @PermitAll
    @Operation(summary = "Services of an MPP with their agency (public)")
    public Uni<Response> services(@QueryParam("mpp") String mpp) {
        return forwarding.relay(queue.services(mpp));
    }

    @POST
    @Path("/tickets")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, KIOSK})
    @Operation(summary = "Take a walk-in ticket",
            description = "A service that `requiresNib` needs the business's `nib` (13 digits): it is checked at OSS for "
                    + "the new visit at once (GET /visits/{visitId}/business-check).")
    public Uni<Response> issueTicket(String body) {
        return forwarding.relayAudited("ticket.issue", "tickets", queue.issueTicket(body))
                .call(made -> nibAtIssue.after(body, made));
    }

    @GET
    @Path("/tickets/mine")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's own tickets, newest first (page from 0, size 1-100, default 20)")
    public Uni<Response> myTickets(@QueryParam("page") String page, @QueryParam("size") String size) {
        return forwarding.relay(queue.myTickets(page, size));
    }

    @GET
    @Path("/tickets/{id}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "One ticket (its owner, staff of its agency at its MPP, or the MPP's admin)")
    public Uni<Response> ticket(@PathParam("id") String id) {
        return forwarding.relay(queue.ticket(id));
    }

    @POST
    @Path("/tickets/{id}/call")
    @RolesAllowed(Caller.OFFICER)
    @Operation(summary = "Call a ticket to a counter (officer of the ticket's agency)")
    public Uni<Response> callTicket(@PathParam("id") String id, String body) {
        return forwarding.relayAudited("ticket.call", "tickets/" + id, queue.callTicket(id, body));
    }

    @POST
    @Path("/tickets/{id}/complete")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Finish service for a ticket with an outcome")
    public Uni<Response> completeTicket(@PathParam("id") String id, String body) {
        return forwarding.relayAudited("ticket.complete", "tickets/" + id, queue.completeTicket(id, body));
    }
}
