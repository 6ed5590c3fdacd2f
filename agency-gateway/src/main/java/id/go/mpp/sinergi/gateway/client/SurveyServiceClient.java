package id.go.mpp.sinergi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** survey-service's public REST API. */
@RegisterRestClient(configKey = "survey-service")
@RegisterClientHeaders
@Consumes(MediaType.APPLICATION_JSON)
public interface SurveyServiceClient {

    @GET
    @Path("/invitations/mine")
    Uni<Response> myInvitations();

    @POST
    @Path("/invitations/{id}/response")
    Uni<Response> respond(@PathParam("id") String id, String body);

    @GET
    @Path("/questionnaire")
    Uni<Response> questionnaire();

    @GET
    @Path("/survey-codes/{code}")
    Uni<Response> surveyCode(@PathParam("code") String code);

    @POST
    @Path("/survey-codes/{code}/response")
    Uni<Response> respondByCode(@PathParam("code") String code, String body);

    @GET
    @Path("/public/mpps/{mpp}/ikm")
    Uni<Response> ikm(@PathParam("mpp") String mpp, @BeanParam IkmQuery query);

    /** One published IKM file of an MPP ({@code units}, {@code units.csv}, {@code report.html} …), any format. */
    @GET
    @Path("/public/mpps/{mpp}/ikm/{file}")
    @Produces(MediaType.WILDCARD)
    Uni<Response> ikmFile(@PathParam("mpp") String mpp, @PathParam("file") String file, @BeanParam IkmQuery query);

    @GET
    @Path("/mpps/{mpp}/ikm/embargoes")
    Uni<Response> embargoes(@PathParam("mpp") String mpp);

    @PUT
    @Path("/mpps/{mpp}/ikm/embargoes/{agency}")
    Uni<Response> hide(@PathParam("mpp") String mpp, @PathParam("agency") String agency,
                       @QueryParam("service") String service);

    @DELETE
    @Path("/mpps/{mpp}/ikm/embargoes/{agency}")
    Uni<Response> lift(@PathParam("mpp") String mpp, @PathParam("agency") String agency,
                       @QueryParam("service") String service);

    @POST
    @Path("/ikm/rebuild")
    Uni<Response> startRebuild();

    @GET
    @Path("/ikm/rebuild")
    Uni<Response> latestRebuild();

    /** The query of the published IKM files, passed on as given (survey-service validates it). */
    class IkmQuery {
        @QueryParam("period") public String period;
        @QueryParam("agency") public String agency;
        @QueryParam("service") public String service;
        @QueryParam("kind") public String kind;
        @QueryParam("count") public String count;
        @QueryParam("until") public String until;
    }
}
