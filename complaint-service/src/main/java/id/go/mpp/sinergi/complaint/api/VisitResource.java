package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.visits.VisitRecords;
import id.go.mpp.sinergi.complaint.app.visits.VisitView;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The citizen's visits known from queue events, which a complaint may name. */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    private final SecurityIdentity identity;
    private final VisitRecords visits;

    public VisitResource(SecurityIdentity identity, VisitRecords visits) {
        this.identity = identity;
        this.visits = visits;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's visit steps (one per ticket), newest first (page from 0, size 1-100)")
    public Uni<List<VisitView>> mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return visits.ofCitizen(Caller.of(identity).id(), page, size);
    }
}
