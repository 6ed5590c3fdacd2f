package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.CallingOrder;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.messaging.TicketEvents;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterQueues;
import id.go.mpp.sinergi.queue.store.CounterSession;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A counter (loket) at work: an officer of its agency opens it, calls the next ticket by the fair merge of
 * {@link CallingOrder}, and closes it. The actions on the called ticket are in {@link TicketResource}.
 */
@Path("/counters/{mpp}/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class CounterResource {

    private final CounterQueues queues;
    private final Outbox outbox;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final CallingOrder.Weights weights;

    public CounterResource(CounterQueues queues, Outbox outbox, SecurityIdentity identity, Clock clock,
                           QueueConfig config) {
        this.queues = queues;
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
        this.weights = config.calling().weights();
    }

    /** The counter's state: staff of its agency at its MPP, or the MPP's admin. */
    @GET
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @WithSession
    public Uni<CounterView> state(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = TicketRequests.COUNTER) String code) {
        Caller caller = Caller.of(identity);
        return counter(mpp, code, caller, true).chain(this::view);
    }

    @POST
    @Path("/open")
    @RolesAllowed(Caller.OFFICER)
    @WithSession
    public Uni<CounterView> open(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                 @PathParam("code") @Pattern(regexp = TicketRequests.COUNTER) String code) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> counter(mpp, code, caller, false)
                        .call(counter -> CounterSession.openAt(mpp, code).invoke(open -> {
                            if (open != null && !open.officerId.equals(caller.id())) {
                                throw QueueProblems.counterOpenByAnother(code);
                            }
                        }))
                        .call(counter -> CounterSession.openBy(caller.id()).invoke(mine -> {
                            if (mine != null && !mine.counterCode.equals(code)) {
                                throw QueueProblems.officerAtAnotherCounter(mine.counterCode);
                            }
                        }))
                        .chain(counter -> CounterSession.openAt(mpp, code).chain(open -> {
                            if (open != null) {
                                return Uni.createFrom().item(counter); // already open by this officer
                            }
                            CounterSession session = new CounterSession();
                            session.id = UUID.randomUUID();
                            session.mppCode = mpp;
                            session.counterCode = code;
                            session.agencyCode = counter.agencyCode;
                            session.officerId = caller.id();
                            session.openedAt = now;
                            return session.<CounterSession>persist()
                                    .call(saved -> outbox.add(TicketEvents.counterOpened(counter, saved)))
                                    .replaceWith(counter);
                        })))
                .onFailure(e -> UniqueViolations.of(e, "counter_one_open_session"))
                .transform(e -> QueueProblems.counterOpenByAnother(code))
                .onFailure(e -> UniqueViolations.of(e, "officer_one_open_counter"))
                .transform(e -> QueueProblems.officerAtAnotherCounter(null))
                .chain(this::view);
    }

    /** Closes the counter; tickets parked there go back to their line with their place kept. */
    @POST
    @Path("/close")
    @RolesAllowed(Caller.OFFICER)
    @WithSession
    public Uni<CounterView> close(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = TicketRequests.COUNTER) String code) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> counter(mpp, code, caller, false)
                        .chain(counter -> freeSession(queues, mpp, code, null)
                                .call(session -> queues.parkedAt(mpp, code).chain(parked -> {
                                    parked.forEach(ticket -> {
                                        ticket.status = ticket.status.returnToQueue();
                                        ticket.counterCode = null;
                                        ticket.parkedAt = null;
                                    });
                                    return Uni.createFrom().voidItem();
                                }))
                                .chain(session -> {
                                    session.closedAt = now;
                                    return outbox.add(TicketEvents.counterClosed(session));
                                })
                                .replaceWith(counter)))
                .chain(this::view);
    }

    /**
     * Calls the next ticket for the counter's services by the fair merge; 204 when no one is waiting. The
     * counter must be open and free (the previous ticket completed, parked, transferred or a no-show).
     */
    @POST
    @Path("/call-next")
    @RolesAllowed(Caller.OFFICER)
    @WithSession
    public Uni<Response> callNext(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                  @PathParam("code") @Pattern(regexp = TicketRequests.COUNTER) String code) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> counter(mpp, code, caller, false)
                        .chain(counter -> freeSession(queues, mpp, code, null)
                                .chain(session -> Mpp.<Mpp>findById(mpp))
                                .chain(site -> {
                                    LocalDate today = TicketNumbers.serviceDate(now, site.zone());
                                    return queues.heads(mpp, today, counter.services)
                                            .chain(heads -> queues.recentLines(mpp, code, today, weights.memory())
                                                    .map(recent -> CallingOrder.next(heads.stream()
                                                            .map(t -> new CallingOrder.Candidate<>(t, t.line, t.queueSince,
                                                                    t.issuedAt)).toList(), recent, now, weights)));
                                })
                                .chain(next -> {
                                    if (next.isEmpty()) {
                                        return Uni.createFrom().nullItem();
                                    }
                                    Ticket ticket = next.get().ticket();
                                    return callTo(ticket, counter, caller, now, outbox);
                                })))
                .map(ticket -> ticket == null ? Response.noContent().build() : Response.ok(TicketView.of(ticket)).build());
    }

    /** Puts a waiting or parked ticket at the counter (shared by call-next and "call this ticket"). */
    static Uni<Ticket> callTo(Ticket ticket, Counter counter, Caller caller, Instant now, Outbox outbox) {
        try {
            ticket.status = ticket.status.call();
        } catch (IllegalTransitionException e) {
            return Uni.createFrom().failure(QueueProblems.illegalTransition(e));
        }
        ticket.counterCode = counter.code;
        ticket.officerId = caller.id();
        ticket.parkedAt = null;
        if (ticket.calledAt == null) {
            ticket.calledAt = now;
        }
        return outbox.add(TicketEvents.called(ticket, now)).replaceWith(ticket);
    }

    /** The counter, if the caller may act on it (officer of its agency at its MPP) or, for reads, see it. */
    private static Uni<Counter> counter(String mpp, String code, Caller caller, boolean read) {
        return Counter.find(mpp, code)
                .onItem().ifNull().failWith(() -> QueueProblems.counterNotFound(mpp, code))
                .invoke(counter -> {
                    boolean staff = caller.worksFor(counter.agencyCode, counter.mppCode)
                            && (caller.hasRole(Caller.OFFICER) || read && caller.hasRole(Caller.AGENCY_ADMIN));
                    boolean mppAdmin = read && caller.hasRole(Caller.MPP_ADMIN)
                            && caller.mpp().filter(mpp::equals).isPresent();
                    if (!staff && !mppAdmin) {
                        throw QueueProblems.notYourCounter(code);
                    }
                });
    }

    /**
     * The counter's open session, if nothing is at the counter (other than {@code allowed}, a ticket being called
     * back to it): a 409 problem when the counter is closed or still busy with a ticket.
     */
    static Uni<CounterSession> freeSession(CounterQueues queues, String mpp, String code, java.util.UUID allowed) {
        return CounterSession.openAt(mpp, code).onItem().ifNull()
                .failWith(() -> QueueProblems.counterClosed(code))
                .call(session -> queues.atCounter(mpp, code).invoke(current -> {
                    if (current != null && !current.id.equals(allowed)) {
                        throw QueueProblems.counterBusy(code, current.number);
                    }
                }));
    }

    private Uni<CounterView> view(Counter counter) {
        return CounterSession.openAt(counter.mppCode, counter.code)
                .chain(session -> queues.atCounter(counter.mppCode, counter.code)
                        .chain(current -> queues.parkedAt(counter.mppCode, counter.code)
                                .map(parked -> CounterView.of(counter, session, current, parked))));
    }
}
