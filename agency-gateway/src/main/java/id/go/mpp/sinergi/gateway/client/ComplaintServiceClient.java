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

/** complaint-service's public REST API. */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders
@Consumes(MediaType.APPLICATION_JSON)
public interface ComplaintServiceClient {

    @POST
    @Path("/complaints")
    Uni<Response> file(String body);

    @GET
    @Path("/complaints/{trackingId}")
    Uni<Response> complaint(@PathParam("trackingId") String trackingId);

    @GET
    @Path("/visits/mine")
    Uni<Response> myVisits();
}
