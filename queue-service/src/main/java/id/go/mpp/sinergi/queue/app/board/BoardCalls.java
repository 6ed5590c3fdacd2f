package id.go.mpp.sinergi.queue.app.board;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.board.BoardCall;
import id.go.mpp.sinergi.queue.messaging.in.BoardFeed;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What an MPP's display board shows: the calls as they happen, and today's latest for a board that (re)connects. */
@ApplicationScoped
public class BoardCalls {

    private final BoardFeed feed;
    private final Clock clock;

    public BoardCalls(BoardFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    public Multi<BoardCall> live(String mpp) {
        return feed.calls(mpp);
    }

    /** Today's last 10 calls at the MPP, newest first. */
    public Uni<List<BoardCall>> recent(String mpp) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> Mpp.<Mpp>findById(mpp)
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
                })));
    }
}
