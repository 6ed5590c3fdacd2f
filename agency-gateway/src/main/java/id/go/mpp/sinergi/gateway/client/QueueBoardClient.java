package id.go.mpp.sinergi.gateway.client;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * queue-service's live board stream. A client of its own because a board connection stays open for hours:
 * it must not inherit the short read timeout of the request/response calls.
 */
@RegisterRestClient(configKey = "queue-board")
public interface QueueBoardClient {

    /** Each Server-Sent Event's data is one call as JSON. */
    @GET
    @Path("/mpps/{mpp}/board")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> board(@PathParam("mpp") String mpp);
}
