package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.gateway.client.QueueBoardClient;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The live board of an MPP through the public API (public, like the screen in the hall). Its class path is the
 * full one: a class at the bare prefix would lose the match for {@code /mpps/{mpp}/…} to
 * {@link CatalogueApiResource}.
 */
@Path(Forwarding.PREFIX + "/mpps/{mpp}/board")
public class BoardApiResource {

    private final QueueServiceClient queue;
    private final QueueBoardClient board;
    private final Forwarding forwarding;

    public BoardApiResource(@RestClient QueueServiceClient queue, @RestClient QueueBoardClient board,
                            Forwarding forwarding) {
        this.queue = queue;
        this.board = board;
        this.forwarding = forwarding;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live board (Server-Sent Events): now calling, with the spoken text in Indonesian and English")
    public Multi<String> stream(@PathParam("mpp") String mpp) {
        return board.board(mpp);
    }

    @GET
    @Path("/recent")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Today's last calls at the MPP")
    public Uni<Response> recent(@PathParam("mpp") String mpp) {
        return forwarding.relay(queue.boardRecent(mpp));
    }
}
