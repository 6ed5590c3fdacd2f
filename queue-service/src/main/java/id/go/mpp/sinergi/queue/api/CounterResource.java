package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.counter.CounterDesk;
import id.go.mpp.sinergi.queue.app.counter.CounterView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A counter (loket) at work: an officer of its agency opens it, calls the next ticket by the fair merge, and closes
 * it. The actions on the called ticket are in {@link TicketResource}.
 */
@Path("/counters/{mpp}/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class CounterResource {

    private final CounterDesk desk;
    private final SecurityIdentity identity;

    public CounterResource(CounterDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    /** The counter's state: staff or the system of its agency at its MPP, or the MPP's admin. */
    @GET
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN, Caller.AGENCY_SYSTEM})
    public Uni<CounterView> state(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = Slugs.COUNTER) String code) {
        return desk.state(Actors.of(Caller.of(identity)), mpp, code);
    }

    @POST
    @Path("/open")
    @RolesAllowed(Caller.OFFICER)
    public Uni<CounterView> open(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                 @PathParam("code") @Pattern(regexp = Slugs.COUNTER) String code) {
        return desk.open(Actors.of(Caller.of(identity)), mpp, code);
    }

    /** Closes the counter (its officer, or the agency's admin); tickets parked there go back to their line. */
    @POST
    @Path("/close")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN})
    public Uni<CounterView> close(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = Slugs.COUNTER) String code) {
        return desk.close(Actors.of(Caller.of(identity)), mpp, code);
    }

    /**
     * Calls the next ticket for the counter's services by the fair merge; 204 when no one is waiting. The counter
     * must be open by the caller and free (the previous ticket completed, parked, transferred or a no-show).
     */
    @POST
    @Path("/call-next")
    @RolesAllowed(Caller.OFFICER)
    public Uni<Response> callNext(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = Slugs.COUNTER) String code) {
        return desk.callNext(Actors.of(Caller.of(identity)), mpp, code)
                .map(ticket -> ticket == null ? Response.noContent().build() : Response.ok(ticket).build());
    }
}
