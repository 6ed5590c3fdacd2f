package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.TicketAccess;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading tickets and visits: a ticket, a citizen's own, a ticket's place in line, a visit's journey, a service's wait. */
@ApplicationScoped
public class TicketQueries {

    private final WaitEstimates estimates;
    private final Clock clock;

    public TicketQueries(WaitEstimates estimates, Clock clock) {
        this.estimates = estimates;
        this.clock = clock;
    }

    /** A citizen's tickets, newest first, a page at a time. */
    public Uni<List<TicketView>> mine(Actor actor, int page, int size) {
        return Panache.withSession(() -> Ticket.ofCitizen(actor.id(), page, size))
                .map(tickets -> tickets.stream().map(TicketView::of).toList());
    }

    /** The ticket, if the actor may see it; to anyone else it does not exist. */
    public Uni<TicketView> get(Actor actor, UUID id) {
        return Panache.withSession(() -> visible(actor, id)).map(TicketView::of);
    }

    /** How many are ahead and the estimated wait. */
    public Uni<WaitView> position(Actor actor, UUID id) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> visible(actor, id).chain(ticket -> estimates.ofTicket(ticket, now)));
    }

    /** Public: the wait for someone taking a regular walk-in ticket for the service now. */
    public Uni<WaitView> waitForService(String mppCode, String serviceCode) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> CatalogueService.find(mppCode, serviceCode)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mppCode, serviceCode))
                .chain(service -> Mpp.<Mpp>findById(mppCode).chain(site -> estimates.ofNewArrival(service, site, now))));
    }

    /**
     * The visit's steps: for its citizen, staff of an agency the visit passed through (they need the steps before
     * and after theirs to serve it), or the MPP's admin.
     */
    public Uni<JourneyView> journey(Actor actor, UUID visitId) {
        return Panache.withSession(() -> Ticket.<Ticket>list("visitId = ?1 order by step, issuedAt", visitId)
                .chain(tickets -> {
                    if (tickets.isEmpty() || !maySeeJourney(actor, tickets)) {
                        return Uni.createFrom().failure(QueueProblems.visitNotFound(visitId));
                    }
                    String mpp = tickets.get(0).mppCode;
                    return Counter.ofMpp(mpp).map(counters -> {
                        Map<String, String> names = counters.stream()
                                .collect(Collectors.toMap(c -> c.code, c -> c.name, (a, b) -> a));
                        List<JourneyView.Step> steps = tickets.stream().map(t -> new JourneyView.Step(t.step, t.id,
                                t.number, t.agencyCode, t.serviceCode, t.counterCode,
                                t.counterCode == null ? null : names.get(t.counterCode), t.status.name(),
                                t.outcome == null ? null : t.outcome.name(), t.issuedAt, t.calledAt,
                                t.serviceStartedAt, t.completedAt, t.calledAt == null ? 0
                                : Math.max(0, Duration.between(t.queueSince, t.calledAt).toSeconds()),
                                t.transferNote)).toList();
                        boolean finished = tickets.stream().allMatch(t -> t.status.isFinal());
                        return new JourneyView(visitId, mpp, tickets.get(0).arrivedAt, finished, steps);
                    });
                }));
    }

    private static Uni<Ticket> visible(Actor actor, UUID id) {
        return Ticket.<Ticket>findById(id)
                .onItem().ifNull().failWith(() -> QueueProblems.ticketNotFound(id))
                .invoke(ticket -> {
                    if (!TicketAccess.maySee(actor, ticket.citizenId, ticket.agencyCode, ticket.mppCode)) {
                        throw QueueProblems.ticketNotFound(id);
                    }
                });
    }

    private static boolean maySeeJourney(Actor actor, List<Ticket> steps) {
        return actor.is(steps.get(0).citizenId)
                || steps.stream().anyMatch(t -> actor.mayRead(t.agencyCode, t.mppCode));
    }
}
