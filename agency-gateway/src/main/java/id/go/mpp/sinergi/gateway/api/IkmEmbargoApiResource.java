package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.SurveyServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The MPP admin hides an agency's IKM from the public until the period is over. A root of its own: under
 * {@code /mpps/{mpp}} the catalogue's resource would otherwise take the request (JAX-RS picks the root class first).
 */
@Path(Forwarding.PREFIX + "/mpps/{mpp}/ikm/embargoes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.MPP_ADMIN)
public class IkmEmbargoApiResource {

    private final SurveyServiceClient survey;
    private final Forwarding forwarding;

    public IkmEmbargoApiResource(@RestClient SurveyServiceClient survey, Forwarding forwarding) {
        this.survey = survey;
        this.forwarding = forwarding;
    }

    @GET
    @Operation(summary = "The units whose IKM the MPP admin hides from the public until the period is over")
    public Uni<Response> embargoes(@PathParam("mpp") String mpp) {
        return forwarding.relay(survey.embargoes(mpp));
    }

    @PUT
    @Path("/{agency}")
    @Operation(summary = "Hide an agency's IKM (or one service's: ?service=) from the public until the period is over")
    public Uni<Response> hide(@PathParam("mpp") String mpp, @PathParam("agency") String agency,
                              @QueryParam("service") String service) {
        return forwarding.relayAudited("ikm.hide", "mpps/" + mpp + "/ikm/embargoes/" + agency,
                survey.hide(mpp, agency, service));
    }

    @DELETE
    @Path("/{agency}")
    @Operation(summary = "Show an agency's (or service's) IKM again")
    public Uni<Response> lift(@PathParam("mpp") String mpp, @PathParam("agency") String agency,
                              @QueryParam("service") String service) {
        return forwarding.relayAudited("ikm.show", "mpps/" + mpp + "/ikm/embargoes/" + agency,
                survey.lift(mpp, agency, service));
    }
}
