package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.messaging.BoardFeed;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live display board of an MPP (public, like the screen in the hall): a Server-Sent-Events stream of
 * "now calling" with the spoken sentence in Indonesian and English, and the latest calls for a board that
 * (re)connects.
 */
@Path("/mpps/{mpp}/board")
public class BoardResource {

    private final BoardFeed feed;
    private final Clock clock;

    public BoardResource(BoardFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<BoardCall> stream(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp) {
        return feed.calls(mpp);
    }

    /** Today's last 10 calls at the MPP, newest first. */
    @GET
    @Path("/recent")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<List<BoardCall>> recent(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp) {
        Instant now = Timestamps.now(clock);
        return Mpp.<Mpp>findById(mpp)
                .onItem().ifNull().failWith(() -> QueueProblems.mppNotFound(mpp))
                .chain(site -> Ticket.<Ticket>find("mppCode = ?1 and serviceDate = ?2 and calledAt is not null "
                                + "and counterCode is not null order by calledAt desc",
                        mpp, TicketNumbers.serviceDate(now, site.zone())).page(0, 10).list())
                .chain(tickets -> Counter.ofMpp(mpp).map(counters -> {
                    Map<String, String> names = counters.stream()
                            .collect(Collectors.toMap(c -> c.code, c -> c.name, (a, b) -> a));
                    return tickets.stream().map(t -> BoardCall.of(t.mppCode, t.number, t.counterCode,
                            names.getOrDefault(t.counterCode, t.counterCode), t.agencyCode, t.serviceCode, t.recalls,
                            t.calledAt)).toList();
                }));
    }
}
