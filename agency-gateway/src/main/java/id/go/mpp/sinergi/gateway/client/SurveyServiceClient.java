package id.go.mpp.sinergi.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
}
