package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.messaging.TicketEvents;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterQueues;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Walk-in tickets: issue, follow, call to a counter, complete. */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final Outbox outbox;
    private final TicketDesk desk;
    private final CounterQueues queues;
    private final MppCalendar calendar;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final QueueConfig.Calling calling;
    private final WaitEstimates estimates;

    public TicketResource(Outbox outbox, TicketDesk desk, CounterQueues queues, MppCalendar calendar,
                          SecurityIdentity identity, Clock clock, QueueConfig config, WaitEstimates estimates) {
        this.estimates = estimates;
        this.outbox = outbox;
        this.desk = desk;
        this.queues = queues;
        this.calling = config.calling();
        this.calendar = calendar;
        this.identity = identity;
        this.clock = clock;
    }

    /** A citizen takes a ticket for themself; an officer issues one for a walk-in visitor without an account. */
    @POST
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER})
    @WithTransaction
    public Uni<Response> issue(@Valid @NotNull TicketRequests.Issue request) {
        Caller caller = Caller.of(identity);
        return CatalogueService.find(request.mppCode(), request.serviceCode())
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(request.mppCode(), request.serviceCode()))
                .chain(service -> {
                    if (caller.hasRole(Caller.OFFICER) && !caller.hasRole(Caller.CITIZEN)
                            && !caller.mpp().filter(service.mppCode::equals).isPresent()) {
                        return Uni.createFrom().failure(QueueProblems.notYourAgency());
                    }
                    return Mpp.<Mpp>findById(service.mppCode).chain(mpp -> calendar.of(mpp.code).chain(cal ->
                            desk.walkIn(service, mpp, cal, Timestamps.now(clock),
                                    caller.hasRole(Caller.CITIZEN) ? caller.id() : null,
                                    request.priorityGroup(), UUID.randomUUID())));
                })
                .map(ticket -> Response.created(URI.create("/tickets/" + ticket.id)).entity(TicketView.of(ticket)).build());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<List<TicketView>> mine() {
        return Ticket.ofCitizen(Caller.of(identity).id()).map(tickets -> tickets.stream().map(TicketView::of).toList());
    }

    /** The owner, or staff of the ticket's agency (admins: their agency or MPP), may look at a ticket. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @WithSession
    public Uni<TicketView> get(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        return Ticket.<Ticket>findById(id)
                .onItem().ifNull().failWith(() -> QueueProblems.ticketNotFound(id))
                .map(ticket -> {
                    if (!maySee(caller, ticket)) {
                        // Not telling a stranger that the ticket exists.
                        throw QueueProblems.ticketNotFound(id);
                    }
                    return TicketView.of(ticket);
                });
    }

    /** How many are ahead and the estimated wait: the ticket's citizen, or staff who may see the ticket. */
    @GET
    @Path("/{id}/position")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @WithSession
    public Uni<WaitView> position(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return Ticket.<Ticket>findById(id)
                .onItem().ifNull().failWith(() -> QueueProblems.ticketNotFound(id))
                .chain(ticket -> {
                    if (!maySee(caller, ticket)) {
                        return Uni.createFrom().failure(QueueProblems.ticketNotFound(id));
                    }
                    return estimates.ofTicket(ticket, now);
                });
    }

    /** Calls this ticket (waiting or parked) to the caller's open counter — "call a specific ticket". */
    @POST
    @Path("/{id}/call")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> call(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Call request) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return change(id, caller, ticket -> Counter.find(ticket.mppCode, request.counterCode())
                .onItem().ifNull().failWith(() -> QueueProblems.counterNotFound(ticket.mppCode, request.counterCode()))
                .chain(counter -> {
                    if (!counter.agencyCode.equals(ticket.agencyCode)) {
                        return Uni.createFrom().failure(QueueProblems.notYourCounter(counter.code));
                    }
                    if (!List.of(counter.services).contains(ticket.serviceCode)) {
                        return Uni.createFrom().failure(QueueProblems.serviceNotAtCounter(ticket.serviceCode, counter.code));
                    }
                    return CounterResource.freeSession(queues, counter.mppCode, counter.code, ticket.id)
                            .chain(session -> CounterResource.callTo(ticket, counter, caller, now, outbox));
                }));
    }

    /** Calls the citizen again (announced again on the board). */
    @POST
    @Path("/{id}/recall")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> recall(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.recall();
            ticket.recalls++;
            return outbox.add(TicketEvents.recalled(ticket, now));
        });
    }

    /** The citizen did not come after the allowed recalls: the step ends without service. */
    @POST
    @Path("/{id}/no-show")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> noShow(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        int needed = calling.recallsBeforeNoShow();
        return change(id, caller, ticket -> {
            ticket.status.noShow();
            if (ticket.recalls < needed) {
                throw QueueProblems.noShowTooSoon(ticket.recalls, needed);
            }
            ticket.status = ticket.status.noShow();
            ticket.completedAt = now;
            return outbox.add(TicketEvents.noShow(ticket));
        });
    }

    /** The citizen is at the counter: service starts. */
    @POST
    @Path("/{id}/start")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> start(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.start();
            ticket.serviceStartedAt = now;
            ticket.officerId = caller.id();
            return outbox.add(TicketEvents.started(ticket));
        });
    }

    /** Service ends with an outcome (SERVED or NOT_SERVED); from CALLED the service counts from the call. */
    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> complete(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Complete request) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.complete();
            ticket.outcome = request.outcome();
            ticket.completedAt = now;
            return outbox.add(TicketEvents.completed(ticket));
        });
    }

    /** Sets the ticket aside at its counter (e.g. the citizen fetches a missing paper); call it again later. */
    @POST
    @Path("/{id}/park")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> park(@PathParam("id") UUID id) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.park();
            ticket.parkedAt = now;
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The visit goes on at another service (often another agency's, e.g. a PBG permit needing recommendations):
     * this step ends and a new ticket waits in the other service's line, keeping its place by the visit's first
     * arrival. Answers the new ticket.
     */
    @POST
    @Path("/{id}/transfer")
    @RolesAllowed(Caller.OFFICER)
    public Uni<Response> transfer(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Transfer request) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        Ticket[] next = new Ticket[1];
        return change(id, caller, ticket -> CatalogueService.find(ticket.mppCode, request.serviceCode())
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(ticket.mppCode, request.serviceCode()))
                .chain(target -> {
                    if (target.code.equals(ticket.serviceCode)) {
                        return Uni.createFrom().failure(QueueProblems.transferToSameService(target.code));
                    }
                    if (!target.active) {
                        return Uni.createFrom().failure(QueueProblems.serviceInactive());
                    }
                    ticket.status = ticket.status.transfer();
                    ticket.completedAt = now;
                    String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
                    return desk.transferred(ticket, target, note, now)
                            .invoke(created -> next[0] = created)
                            .chain(created -> outbox.add(TicketEvents.transferred(ticket, created, caller.id(), now)));
                }))
                .map(from -> Response.created(URI.create("/tickets/" + next[0].id)).entity(TicketView.of(next[0])).build());
    }

    /** Applies a state change by an officer of the ticket's agency and MPP, with its event, in one transaction. */
    private Uni<TicketView> change(UUID id, Caller caller, Function<Ticket, Uni<?>> action) {
        return Panache.withTransaction(() -> Ticket.<Ticket>findById(id)
                        .onItem().ifNull().failWith(() -> QueueProblems.ticketNotFound(id))
                        .chain(ticket -> {
                            if (!caller.worksFor(ticket.agencyCode, ticket.mppCode)) {
                                return Uni.createFrom().failure(QueueProblems.notYourAgency());
                            }
                            try {
                                return action.apply(ticket).chain(ignored -> Panache.flush()).replaceWith(ticket);
                            } catch (IllegalTransitionException e) {
                                return Uni.createFrom().failure(QueueProblems.illegalTransition(e));
                            }
                        }))
                .map(TicketView::of)
                .onFailure(e -> e instanceof OptimisticLockException || e instanceof StaleObjectStateException)
                .transform(e -> QueueProblems.changedConcurrently(id));
    }

    private static boolean maySee(Caller caller, Ticket ticket) {
        return caller.id().equals(ticket.citizenId) || caller.mayRead(ticket.agencyCode, ticket.mppCode);
    }
}
