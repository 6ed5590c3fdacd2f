package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.queue.app.board.BoardCalls;
import id.go.mpp.sinergi.queue.domain.board.BoardCall;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.List;

/**
 * The live display board of an MPP (public, like the screen in the hall): a Server-Sent-Events stream of
 * "now calling" with the spoken sentence in Indonesian and English, and the latest calls for a board that
 * (re)connects.
 */
@Path("/mpps/{mpp}/board")
public class BoardResource {

    private final BoardCalls calls;

    public BoardResource(BoardCalls calls) {
        this.calls = calls;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<BoardCall> stream(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp) {
        return calls.live(mpp);
    }

    /** Today's last 10 calls at the MPP, newest first. */
    @GET
    @Path("/recent")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<BoardCall>> recent(@PathParam("mpp") @Pattern(regexp = Slugs.CODE) String mpp) {
        return calls.recent(mpp);
    }
}
