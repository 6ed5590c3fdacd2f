package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.ComplaintFiling;
import id.go.mpp.sinergi.complaint.app.ComplaintTracking;
import id.go.mpp.sinergi.complaint.app.ComplaintView;
import id.go.mpp.sinergi.complaint.app.FileComplaint;
import id.go.mpp.sinergi.complaint.app.VisitRecords;
import id.go.mpp.sinergi.complaint.app.VisitView;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** A citizen files a complaint (optionally about one of their visits) and follows it by tracking id. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final SecurityIdentity identity;
    private final ComplaintFiling filing;
    private final ComplaintTracking tracking;
    private final VisitRecords visits;

    public ComplaintResource(SecurityIdentity identity, ComplaintFiling filing, ComplaintTracking tracking,
                             VisitRecords visits) {
        this.identity = identity;
        this.filing = filing;
        this.tracking = tracking;
        this.visits = visits;
    }

    @POST
    @Path("/complaints")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<Response> file(@Valid @NotNull FileComplaint request) {
        return filing.file(Caller.of(identity).id(), request)
                .map(c -> Response.created(URI.create("/complaints/" + c.trackingId())).entity(c).build());
    }

    @GET
    @Path("/complaints/{trackingId}")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<ComplaintView> get(@PathParam("trackingId") String trackingId) {
        return tracking.find(Caller.of(identity).id(), trackingId);
    }

    /** The citizen's visits known from the queue, which a complaint may refer to. */
    @GET
    @Path("/visits/mine")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<List<VisitView>> myVisits() {
        return visits.ofCitizen(Caller.of(identity).id());
    }
}
