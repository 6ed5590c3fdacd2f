package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.survey.app.ikm.IkmEmbargoes;
import id.go.mpp.sinergi.survey.app.ikm.IkmRebuild;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The MPP admin's IKM tools: hiding a unit's figures until the period is over, and rebuilding the aggregates. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.MPP_ADMIN)
public class IkmAdminResource {

    private final SecurityIdentity identity;
    private final IkmEmbargoes embargoes;
    private final IkmRebuild rebuild;

    public IkmAdminResource(SecurityIdentity identity, IkmEmbargoes embargoes, IkmRebuild rebuild) {
        this.identity = identity;
        this.embargoes = embargoes;
        this.rebuild = rebuild;
    }

    @GET
    @Path("/mpps/{mpp}/ikm/embargoes")
    public Uni<List<IkmEmbargoes.Hidden>> embargoes(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp) {
        return embargoes.of(Caller.of(identity), mpp);
    }

    /** Hides the agency's figures ({@code service}: only that service's) from the public until the period is over. */
    @PUT
    @Path("/mpps/{mpp}/ikm/embargoes/{agency}")
    public Uni<List<IkmEmbargoes.Hidden>> hide(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                            @PathParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                            @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        return embargoes.hide(Caller.of(identity), mpp, agency, service);
    }

    @DELETE
    @Path("/mpps/{mpp}/ikm/embargoes/{agency}")
    public Uni<List<IkmEmbargoes.Hidden>> lift(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp,
                                            @PathParam("agency") @Pattern(regexp = Slugs.CODE) String agency,
                                            @QueryParam("service") @Pattern(regexp = Slugs.CODE) String service) {
        return embargoes.lift(Caller.of(identity), mpp, agency, service);
    }

    /** Rebuilds the IKM aggregates from the Kafka history (202; follow it with GET). 409 while one runs. */
    @POST
    @Path("/ikm/rebuild")
    public Response startRebuild() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Path("/ikm/rebuild")
    public IkmRebuild.Status latestRebuild() {
        IkmRebuild.Status latest = rebuild.latest();
        if (latest == null) {
            throw ProblemException.notFound("ikm-rebuild-not-found", LocalizedText.of(
                    "Belum ada pembangunan ulang IKM sejak layanan dimulai", "No IKM rebuild since the service started"));
        }
        return latest;
    }
}
