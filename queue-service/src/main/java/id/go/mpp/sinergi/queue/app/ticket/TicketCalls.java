package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.CounterAccess;
import id.go.mpp.sinergi.queue.messaging.out.TicketEvents;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterQueues;
import id.go.mpp.sinergi.queue.store.CounterSession;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Calling a ticket to a counter: shared by "call next" at the counter and "call this ticket". */
@ApplicationScoped
public class TicketCalls {

    private final CounterQueues queues;
    private final Outbox outbox;

    public TicketCalls(CounterQueues queues, Outbox outbox) {
        this.queues = queues;
        this.outbox = outbox;
    }

    /**
     * The counter's open session, if the actor may call to it (its session's officer) and nothing is at the counter
     * other than {@code allowed} (a ticket being called back to it): else a problem.
     */
    public Uni<CounterSession> freeSessionFor(Actor actor, Counter counter, UUID allowed) {
        return CounterSession.openAt(counter.mppCode, counter.code).onItem().ifNull()
                .failWith(() -> QueueProblems.counterClosed(counter.code))
                .invoke(session -> {
                    if (!CounterAccess.mayCall(actor, counter.agencyCode, counter.mppCode, session.officerId)) {
                        throw QueueProblems.notYourCounter(counter.code);
                    }
                })
                .call(session -> queues.atCounter(counter.mppCode, counter.code).invoke(current -> {
                    if (current != null && !current.id.equals(allowed)) {
                        throw QueueProblems.counterBusy(counter.code, current.number);
                    }
                }));
    }

    /** Puts a waiting or parked ticket at the counter, with its {@code ticket-called} event. */
    public Uni<Ticket> callTo(Ticket ticket, Counter counter, Actor actor, Instant now) {
        ticket.status = ticket.status.call();
        ticket.counterCode = counter.code;
        ticket.officerId = actor.id();
        ticket.parkedAt = null;
        if (ticket.calledAt == null) {
            ticket.calledAt = now;
        }
        return outbox.add(TicketEvents.called(ticket, now)).replaceWith(ticket);
    }
}
