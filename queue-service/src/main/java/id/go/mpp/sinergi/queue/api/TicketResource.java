package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.messaging.TicketEvents;
import id.go.mpp.sinergi.queue.store.CatalogueService;
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
    private final MppCalendar calendar;
    private final SecurityIdentity identity;
    private final Clock clock;

    public TicketResource(Outbox outbox, TicketDesk desk, MppCalendar calendar, SecurityIdentity identity,
                          Clock clock) {
        this.outbox = outbox;
        this.desk = desk;
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

    @POST
    @Path("/{id}/call")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> call(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Call request) {
        Caller caller = Caller.of(identity);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.call();
            ticket.counterCode = request.counterCode();
            ticket.officerId = caller.id();
            ticket.calledAt = Timestamps.now(clock);
            return outbox.add(TicketEvents.called(ticket));
        });
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Caller.OFFICER)
    public Uni<TicketView> complete(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Complete request) {
        Caller caller = Caller.of(identity);
        return change(id, caller, ticket -> {
            ticket.status = ticket.status.complete();
            ticket.outcome = request.outcome();
            ticket.completedAt = Timestamps.now(clock);
            return outbox.add(TicketEvents.completed(ticket));
        });
    }

    /** Applies a state change by an officer of the ticket's agency and MPP, with its event, in one transaction. */
    private Uni<TicketView> change(UUID id, Caller caller, Function<Ticket, Uni<UUID>> action) {
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
        if (caller.id().equals(ticket.citizenId)) {
            return true;
        }
        if (caller.hasRole(Caller.MPP_ADMIN) && caller.mpp().filter(ticket.mppCode::equals).isPresent()) {
            return true;
        }
        return (caller.hasRole(Caller.OFFICER) || caller.hasRole(Caller.AGENCY_ADMIN))
                && caller.worksFor(ticket.agencyCode, ticket.mppCode);
    }
}
