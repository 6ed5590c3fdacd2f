package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.CallingOrder;
import id.go.mpp.sinergi.queue.domain.QueuePosition;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.TurnNear;
import id.go.mpp.sinergi.queue.messaging.out.TicketEvents;
import id.go.mpp.sinergi.queue.store.CatalogueCache;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.TurnNearNotices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Tells waiting tickets that their turn is near ({@link TurnNear}), once each. After a change that moves a line
 * forward or shortens its waits — a waiting ticket called, a service completed (the recent average), a counter
 * opened or closed — every ticket of the line that qualifies now and was not told; after a ticket joins a line
 * (issued, checked in, transferred in, back in its line) that ticket alone, so a long queue's newcomer costs one read.
 *
 * <p>Runs after the change committed and its session closed (never while holding a pool connection): one statement
 * reads the heads of the line with the wait's inputs, and only when someone new qualifies a second one marks them
 * and writes their events through the outbox. A failed check is logged, never the caller's failure: the ticket is
 * not marked, so the line's next check tells it.
 */
@ApplicationScoped
public class TurnNearCheck {

    private static final Logger LOG = Logger.getLogger(TurnNearCheck.class);

    private final TurnNearNotices notices;
    private final CatalogueCache catalogue;
    private final Outbox outbox;
    private final Clock clock;
    private final CallingOrder.Weights weights;

    public TurnNearCheck(TurnNearNotices notices, CatalogueCache catalogue, Outbox outbox, Clock clock,
                         QueueConfig config) {
        this.notices = notices;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
        this.weights = config.calling().weights();
    }

    /** A service's line on {@code day} moved forward or its waits got shorter. */
    public Uni<Void> afterLineMoved(String mppCode, String serviceCode, LocalDate day) {
        return check(mppCode, serviceCode, day, null);
    }

    /** Counters of today's lines of {@code serviceCodes} opened or closed (one check per service). */
    public Uni<Void> afterLinesMoved(String mppCode, Collection<String> serviceCodes) {
        Instant now = Timestamps.now(clock);
        return catalogue.mpp(mppCode).chain(mpp -> {
            LocalDate today = TicketNumbers.serviceDate(now, mpp.zone());
            Uni<Void> checks = Uni.createFrom().voidItem();
            for (String service : List.copyOf(serviceCodes)) {
                checks = checks.chain(() -> afterLineMoved(mppCode, service, today));
            }
            return checks;
        }).onFailure().recoverWithUni(e -> logged(mppCode, String.join(",", serviceCodes), e));
    }

    /** {@code ticket} joined its line (it alone may be told: nobody else moved forward). */
    public Uni<Void> afterJoining(Ticket ticket) {
        return check(ticket.mppCode, ticket.serviceCode, ticket.serviceDate, ticket.id);
    }

    /** {@code only}: the one ticket that may be told, or null for anyone. */
    private Uni<Void> check(String mppCode, String serviceCode, LocalDate day, UUID only) {
        Instant now = Timestamps.now(clock);
        return notices.line(mppCode, serviceCode, day, now).chain(line -> {
                    if (line == null) {
                        return Uni.createFrom().voidItem();
                    }
                    List<CallingOrder.Candidate<TurnNearNotices.Waiting>> candidates = line.heads().stream()
                            .map(t -> new CallingOrder.Candidate<>(t, t.line(), t.queueSince(), t.issuedAt())).toList();
                    // Only the first placesRead + 1 calls are exact: the statement read no further back in any line.
                    List<TurnNearNotices.Waiting> order = QueuePosition.callingOrder(candidates, now, weights,
                            line.placesRead() + 1);
                    List<TurnNearNotices.Notice> due = TurnNear.qualifying(line.settings(), order, line.openCounters(),
                                    line.averageService()).stream()
                            .filter(notice -> !notice.ticket().notified()
                                    && (only == null || only.equals(notice.ticket().id())))
                            .map(notice -> new TurnNearNotices.Notice(notice.ticket().id(),
                                    outbox.row(TicketEvents.turnNear(notice, now))))
                            .toList();
                    return due.isEmpty() ? Uni.createFrom().voidItem() : notices.tell(due).replaceWithVoid();
                })
                .onFailure().recoverWithUni(e -> logged(mppCode, serviceCode, e));
    }

    private static Uni<Void> logged(String mppCode, String serviceCode, Throwable e) {
        LOG.warnf(e, "Turn-near check of %s/%s failed; the line's next check catches up", mppCode, serviceCode);
        return Uni.createFrom().voidItem();
    }
}
