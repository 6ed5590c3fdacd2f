package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.ticket.JourneyView;
import id.go.mpp.sinergi.queue.app.ticket.TicketQueries;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * A visit as one journey: every step (ticket) in order, with its agency, service, counter, times and outcome —
 * e.g. a PBG building permit passing DPMPTSP, PUPR, Dishub, Damkar and DLH.
 */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

    private final TicketQueries queries;
    private final SecurityIdentity identity;

    public JourneyResource(TicketQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    /** The visit's citizen, staff of an agency the visit passed through, or the MPP's admin. */
    @GET
    @Path("/{visitId}/journey")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    public Uni<JourneyView> journey(@PathParam("visitId") UUID visitId) {
        return queries.journey(Actors.of(Caller.of(identity)), visitId);
    }
}
