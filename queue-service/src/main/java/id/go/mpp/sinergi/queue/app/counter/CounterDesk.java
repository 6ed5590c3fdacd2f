package id.go.mpp.sinergi.queue.app.counter;

import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.app.ticket.TicketCalls;
import id.go.mpp.sinergi.queue.app.ticket.TicketView;
import id.go.mpp.sinergi.queue.app.ticket.TurnNearCheck;
import id.go.mpp.sinergi.queue.domain.CallingOrder;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.CounterAccess;
import id.go.mpp.sinergi.queue.messaging.out.TicketEvents;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterQueues;
import id.go.mpp.sinergi.queue.store.CounterSession;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A counter (loket) at work: an officer of its agency opens it, calls the next ticket by the fair merge of
 * {@link CallingOrder}, and closes it (parked tickets go back to their line with their place kept).
 */
@ApplicationScoped
public class CounterDesk {

    private final CounterQueues queues;
    private final TicketCalls calls;
    private final Outbox outbox;
    private final TurnNearCheck turnNear;
    private final Clock clock;
    private final CallingOrder.Weights weights;

    public CounterDesk(CounterQueues queues, TicketCalls calls, Outbox outbox, TurnNearCheck turnNear, Clock clock,
                       QueueConfig config) {
        this.queues = queues;
        this.calls = calls;
        this.outbox = outbox;
        this.turnNear = turnNear;
        this.clock = clock;
        this.weights = config.calling().weights();
    }

    /**
     * The counter's state: staff or the system of its agency at its MPP, or the MPP's admin. To an agency's system
     * another agency's counter is not found.
     */
    public Uni<CounterView> state(Actor actor, String mpp, String code) {
        return Panache.withSession(() -> counter(mpp, code, c -> CounterAccess.maySee(actor, c.agencyCode, c.mppCode),
                CounterAccess.othersLookAbsent(actor)).chain(this::view))
                .map(view -> CounterAccess.seesSurveyCodes(actor) ? view : view.withoutSurveyCodes());
    }

    public Uni<CounterView> open(Actor actor, String mpp, String code) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> Panache.withTransaction(() -> counter(mpp, code,
                                c -> CounterAccess.mayOpen(actor, c.agencyCode, c.mppCode))
                                .call(counter -> CounterSession.openAt(mpp, code).invoke(open -> {
                                    if (open != null && !actor.is(open.officerId)) {
                                        throw QueueProblems.counterOpenByAnother(code);
                                    }
                                }))
                                .call(counter -> CounterSession.openBy(actor.id()).invoke(mine -> {
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
                                    session.officerId = actor.id();
                                    session.openedAt = now;
                                    return session.<CounterSession>persist()
                                            .call(saved -> outbox.add(TicketEvents.counterOpened(counter, saved)))
                                            .replaceWith(counter);
                                })))
                        .onFailure(e -> UniqueViolations.of(e, "counter_one_open_session"))
                        .transform(e -> QueueProblems.counterOpenByAnother(code))
                        .onFailure(e -> UniqueViolations.of(e, "officer_one_open_counter"))
                        .transform(e -> QueueProblems.officerAtAnotherCounter(null))
                        .chain(this::view))
                .call(view -> turnNear.afterLinesMoved(mpp, view.services())); // one more counter: shorter waits
    }

    /** Closes the counter (its officer or the agency's admin); tickets parked there go back to their line. */
    public Uni<CounterView> close(Actor actor, String mpp, String code) {
        Instant now = Timestamps.now(clock);
        Set<String> returned = new TreeSet<>();
        return Panache.withSession(() -> Panache.withTransaction(() -> counter(mpp, code, c -> actor.worksFor(c.agencyCode, c.mppCode))
                        .chain(counter -> CounterSession.openAt(mpp, code).onItem().ifNull()
                                .failWith(() -> QueueProblems.counterClosed(code))
                                .invoke(session -> {
                                    if (!CounterAccess.mayClose(actor, counter.agencyCode, counter.mppCode,
                                            session.officerId)) {
                                        throw QueueProblems.notYourCounter(code);
                                    }
                                })
                                .call(session -> queues.atCounter(mpp, code).invoke(current -> {
                                    if (current != null) {
                                        throw QueueProblems.counterBusy(code, current.number);
                                    }
                                }))
                                .call(session -> queues.parkedAt(mpp, code).chain(parked -> {
                                    parked.forEach(ticket -> returned.add(ticket.serviceCode));
                                    return returnEach(parked, 0, now);
                                }))
                                .chain(session -> {
                                    session.closedAt = now;
                                    return outbox.add(TicketEvents.counterClosed(session));
                                })
                                .replaceWith(counter)))
                .chain(this::view))
                .call(() -> returned.isEmpty() ? Uni.createFrom().voidItem()
                        : turnNear.afterLinesMoved(mpp, returned)); // parked tickets back in their lines
    }

    private Uni<Void> returnEach(java.util.List<Ticket> parked, int index, Instant now) {
        if (index >= parked.size()) {
            return Uni.createFrom().voidItem();
        }
        Ticket ticket = parked.get(index);
        String counter = ticket.counterCode;
        ticket.status = ticket.status.returnToQueue();
        ticket.counterCode = null;
        ticket.parkedAt = null;
        return outbox.add(TicketEvents.returnedToQueue(ticket, counter, "COUNTER_CLOSED", now))
                .chain(() -> returnEach(parked, index + 1, now));
    }

    /**
     * Calls the next ticket for the counter's services by the fair merge; null when no one is waiting. The counter
     * must be open by the actor and free (the previous ticket completed, parked, transferred or a no-show).
     */
    public Uni<TicketView> callNext(Actor actor, String mpp, String code) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> Panache.withTransaction(() -> counter(mpp, code,
                        c -> actor.worksFor(c.agencyCode, c.mppCode))
                .chain(counter -> calls.freeSessionFor(actor, counter, null)
                        .chain(session -> Mpp.<Mpp>findById(mpp))
                        .chain(site -> {
                            LocalDate today = TicketNumbers.serviceDate(now, site.zone());
                            return queues.heads(mpp, today, counter.services)
                                    .chain(heads -> queues.recentLines(mpp, code, today, weights.memory())
                                            .map(recent -> CallingOrder.next(heads.stream()
                                                    .map(t -> new CallingOrder.Candidate<>(t, t.line, t.queueSince,
                                                            t.issuedAt)).toList(), recent, now, weights)));
                        })
                        .chain(next -> next.isEmpty() ? Uni.createFrom().<Ticket>nullItem()
                                : calls.callTo(next.get().ticket(), counter, actor, now)))))
                .call(ticket -> ticket == null ? Uni.createFrom().voidItem()
                        : turnNear.afterLineMoved(ticket.mppCode, ticket.serviceCode, ticket.serviceDate))
                .map(ticket -> ticket == null ? null : TicketView.of(ticket));
    }

    /** The counter, if {@code allowed}; else a 403 (it exists, but belongs to someone else). */
    private static Uni<Counter> counter(String mpp, String code, Predicate<Counter> allowed) {
        return counter(mpp, code, allowed, false);
    }

    /** The counter, if {@code allowed}; else a 404 when {@code refusedLooksAbsent}, a 403 otherwise. */
    private static Uni<Counter> counter(String mpp, String code, Predicate<Counter> allowed,
                                        boolean refusedLooksAbsent) {
        return Counter.find(mpp, code)
                .onItem().ifNull().failWith(() -> QueueProblems.counterNotFound(mpp, code))
                .invoke(counter -> {
                    if (!allowed.test(counter)) {
                        throw refusedLooksAbsent ? QueueProblems.counterNotFound(mpp, code)
                                : QueueProblems.notYourCounter(code);
                    }
                });
    }

    private Uni<CounterView> view(Counter counter) {
        return CounterSession.openAt(counter.mppCode, counter.code)
                .chain(session -> queues.atCounter(counter.mppCode, counter.code)
                        .chain(current -> queues.parkedAt(counter.mppCode, counter.code)
                                .map(parked -> CounterView.of(counter, session, current, parked))));
    }
}
