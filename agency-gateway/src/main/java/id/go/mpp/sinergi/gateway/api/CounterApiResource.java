package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Counter work through the public API: open, call next, the actions on the called ticket, close. */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
public class CounterApiResource {

    private final QueueServiceClient queue;
    private final Forwarding forwarding;

    public CounterApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding) {
        this.queue = queue;
        this.forwarding = forwarding;
    }

    @GET
    @Path("/counters/{mpp}/{code}")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "A counter: open or closed, by whom, the ticket at it and the parked ones",
            description = "Staff and the system of its agency, or the MPP's admin; to an agency's system another "
                    + "agency's counter is not found (404), and the tickets' survey codes are left out.")
    public Uni<Response> counter(@PathParam("mpp") String mpp, @PathParam("code") String code) {
        return forwarding.relay(queue.counter(mpp, code));
    }

    @POST
    @Path("/counters/{mpp}/{code}/open")
    @RolesAllowed(Caller.OFFICER)
    @Operation(summary = "Open a counter of the officer's own agency")
    public Uni<Response> open(@PathParam("mpp") String mpp, @PathParam("code") String code) {
        return counterAction(mpp, code, "open");
    }

    @POST
    @Path("/counters/{mpp}/{code}/close")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Close the counter; parked tickets go back to their line")
    public Uni<Response> close(@PathParam("mpp") String mpp, @PathParam("code") String code) {
        return counterAction(mpp, code, "close");
    }

    @POST
    @Path("/counters/{mpp}/{code}/call-next")
    @RolesAllowed(Caller.OFFICER)
    @Operation(summary = "Call the next ticket by the fair merge of appointment, priority and regular lines (204: nobody waits)")
    public Uni<Response> callNext(@PathParam("mpp") String mpp, @PathParam("code") String code) {
        return counterAction(mpp, code, "call-next");
    }

    @POST
    @Path("/tickets/{id}/recall")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Call the ticket again")
    public Uni<Response> recall(@PathParam("id") String id) {
        return ticketAction(id, "recall", "");
    }

    @POST
    @Path("/tickets/{id}/no-show")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Mark a called citizen who did not come (after the allowed recalls)")
    public Uni<Response> noShow(@PathParam("id") String id) {
        return ticketAction(id, "no-show", "");
    }

    @POST
    @Path("/tickets/{id}/start")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Start serving the called citizen")
    public Uni<Response> start(@PathParam("id") String id) {
        return ticketAction(id, "start", "");
    }

    @POST
    @Path("/tickets/{id}/park")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Set the ticket aside at the counter to call it again later")
    public Uni<Response> park(@PathParam("id") String id) {
        return ticketAction(id, "park", "");
    }

    @POST
    @Path("/tickets/{id}/transfer")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "Send the visit on to another service, keeping its place by first arrival")
    public Uni<Response> transfer(@PathParam("id") String id, String body) {
        return ticketAction(id, "transfer", body);
    }

    @POST
    @Path("/tickets/{id}/priority-check")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    @Operation(summary = "At the call, confirm or clear the priority group a citizen asked for",
            description = "Body {\"confirmed\": true|false}. Cleared, the ticket goes back to the regular line with "
                    + "its place by arrival kept. Only the officer who called the ticket, or the agency's admin.")
    public Uni<Response> checkPriority(@PathParam("id") String id, String body) {
        return ticketAction(id, "priority-check", body);
    }

    private Uni<Response> counterAction(String mpp, String code, String action) {
        return forwarding.relayAudited("counter." + action, "counters/" + mpp + "/" + code,
                queue.counterAction(mpp, code, action));
    }

    private Uni<Response> ticketAction(String id, String action, String body) {
        return forwarding.relayAudited("ticket." + action, "tickets/" + id, queue.ticketAction(id, action, body));
    }
}
