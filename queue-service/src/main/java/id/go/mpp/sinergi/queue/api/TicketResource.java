package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.ticket.TicketActions;
import id.go.mpp.sinergi.queue.app.ticket.TicketDesk;
import id.go.mpp.sinergi.queue.app.ticket.TicketQueries;
import id.go.mpp.sinergi.queue.app.ticket.TicketView;
import id.go.mpp.sinergi.queue.app.ticket.WaitView;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Walk-in tickets: issue, follow, and what an officer does with a ticket at a counter. */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketDesk desk;
    private final TicketActions actions;
    private final TicketQueries queries;
    private final SecurityIdentity identity;

    public TicketResource(TicketDesk desk, TicketActions actions, TicketQueries queries, SecurityIdentity identity) {
        this.desk = desk;
        this.actions = actions;
        this.queries = queries;
        this.identity = identity;
    }

    /**
     * A citizen takes a ticket for themself (one active per service and day); an officer of the service's agency or
     * the MPP's kiosk issues one for a walk-in visitor without an account.
     */
    @POST
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Actor.KIOSK})
    public Uni<Response> issue(@Valid @NotNull TicketRequests.Issue request) {
        return desk.issue(actor(), request.mppCode(), request.serviceCode(), request.priorityGroup(),
                        request.nib() != null)
                .map(ticket -> Response.created(URI.create("/tickets/" + ticket.id())).entity(ticket).build());
    }

    /** The caller's own tickets, newest first. */
    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<List<TicketView>> mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Pages.MAX_PAGE) int page,
                                      @QueryParam("size") @DefaultValue(Pages.DEFAULT_SIZE) @Min(1)
                                      @Max(Pages.MAX_SIZE) int size) {
        return queries.mine(actor(), page, size);
    }

    /** The owner, or staff of the ticket's agency (admins: their agency or MPP), may look at a ticket. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    public Uni<TicketView> get(@PathParam("id") UUID id) {
        return queries.get(actor(), id);
    }

    /** How many are ahead and the estimated wait: the ticket's citizen, or staff who may see the ticket. */
    @GET
    @Path("/{id}/position")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    public Uni<WaitView> position(@PathParam("id") UUID id) {
        return queries.position(actor(), id);
    }

    /** Calls this ticket (waiting or parked) to the caller's open counter — "call a specific ticket". */
    @POST
    @Path("/{id}/call")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> call(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Call request) {
        return actions.call(actor(), id, request.counterCode());
    }

    /** Calls the citizen again (announced again on the board). */
    @POST
    @Path("/{id}/recall")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> recall(@PathParam("id") UUID id) {
        return actions.recall(actor(), id);
    }

    /** The citizen did not come after the allowed recalls: the step ends without service. */
    @POST
    @Path("/{id}/no-show")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> noShow(@PathParam("id") UUID id) {
        return actions.noShow(actor(), id);
    }

    /** The citizen is at the counter: service starts. */
    @POST
    @Path("/{id}/start")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> start(@PathParam("id") UUID id) {
        return actions.start(actor(), id);
    }

    /** Service ends with an outcome (SERVED or NOT_SERVED); from CALLED the service counts from the call. */
    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> complete(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Complete request) {
        return actions.complete(actor(), id, request.outcome());
    }

    /** Sets the ticket aside at its counter (e.g. the citizen fetches a missing paper); call it again later. */
    @POST
    @Path("/{id}/park")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> park(@PathParam("id") UUID id) {
        return actions.park(actor(), id);
    }

    /**
     * At the call, the officer checks the priority group the citizen asked for: confirmed, service goes on; not
     * confirmed, the ticket goes back to the regular line with its place by arrival kept.
     */
    @POST
    @Path("/{id}/priority-check")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<TicketView> checkPriority(@PathParam("id") UUID id,
                                         @Valid @NotNull TicketRequests.PriorityCheck request) {
        return actions.checkPriority(actor(), id, request.confirmed());
    }

    /**
     * The visit goes on at another service (often another agency's, e.g. a PBG permit needing recommendations):
     * this step ends and a new ticket waits in the other service's line, keeping its place by the visit's first
     * arrival. Answers the new ticket.
     */
    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<Response> transfer(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Transfer request) {
        return actions.transfer(actor(), id, request.serviceCode(), request.note())
                .map(next -> Response.created(URI.create("/tickets/" + next.id())).entity(next).build());
    }

    private Actor actor() {
        return Actors.of(Caller.of(identity));
    }
}
