package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.Changes;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.Outcome;
import id.go.mpp.sinergi.queue.domain.QueueLine;
import id.go.mpp.sinergi.queue.domain.TicketStatus;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.TicketAccess;
import id.go.mpp.sinergi.queue.messaging.out.TicketEvents;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Ticket;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The transitions of a ticket at a counter (see {@code TicketStatus}), each in one transaction with its event:
 * call this ticket, recall, no-show, start, complete, park, transfer, and the check of a citizen's priority request.
 */
@ApplicationScoped
public class TicketActions {

    private final Outbox outbox;
    private final TicketDesk desk;
    private final TicketCalls calls;
    private final TurnNearCheck turnNear;
    private final Clock clock;
    private final int recallsBeforeNoShow;

    public TicketActions(Outbox outbox, TicketDesk desk, TicketCalls calls, TurnNearCheck turnNear, Clock clock,
                         QueueConfig config) {
        this.outbox = outbox;
        this.desk = desk;
        this.calls = calls;
        this.turnNear = turnNear;
        this.clock = clock;
        this.recallsBeforeNoShow = config.calling().recallsBeforeNoShow();
    }

    /** Calls this ticket (waiting or parked) to the actor's open counter — "call a specific ticket". */
    public Uni<TicketView> call(Actor actor, UUID id, String counterCode) {
        Instant now = Timestamps.now(clock);
        boolean[] fromLine = new boolean[1];
        return change(id, ticket -> {
            if (!actor.worksFor(ticket.agencyCode, ticket.mppCode)) {
                throw QueueProblems.notYourAgency();
            }
            fromLine[0] = ticket.status == TicketStatus.WAITING;
        }, ticket -> Counter.find(ticket.mppCode, counterCode)
                .onItem().ifNull().failWith(() -> QueueProblems.counterNotFound(ticket.mppCode, counterCode))
                .chain(counter -> {
                    if (!counter.agencyCode.equals(ticket.agencyCode)) {
                        return Uni.createFrom().failure(QueueProblems.notYourCounter(counter.code));
                    }
                    if (!List.of(counter.services).contains(ticket.serviceCode)) {
                        return Uni.createFrom().failure(QueueProblems.serviceNotAtCounter(ticket.serviceCode,
                                counter.code));
                    }
                    return calls.freeSessionFor(actor, counter, ticket.id)
                            .chain(session -> calls.callTo(ticket, counter, actor, now));
                }))
                .call(ticket -> fromLine[0] ? lineMoved(ticket) : Uni.createFrom().voidItem())
                .map(TicketView::of);
    }

    /** Calls the citizen again (announced again on the board). */
    public Uni<TicketView> recall(Actor actor, UUID id) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            ticket.status = ticket.status.recall();
            ticket.recalls++;
            return outbox.add(TicketEvents.recalled(ticket, now));
        }).map(TicketView::of);
    }

    /** The citizen did not come after the allowed recalls: the step ends without service. */
    public Uni<TicketView> noShow(Actor actor, UUID id) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            ticket.status.noShow();
            if (ticket.recalls < recallsBeforeNoShow) {
                throw QueueProblems.noShowTooSoon(ticket.recalls, recallsBeforeNoShow);
            }
            ticket.status = ticket.status.noShow();
            ticket.completedAt = now;
            return outbox.add(TicketEvents.noShow(ticket));
        }).map(TicketView::of);
    }

    /** The citizen is at the counter: service starts. */
    public Uni<TicketView> start(Actor actor, UUID id) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            ticket.status = ticket.status.start();
            ticket.serviceStartedAt = now;
            ticket.officerId = actor.id();
            return outbox.add(TicketEvents.started(ticket));
        }).map(TicketView::of);
    }

    /** Service ends with an outcome; from CALLED the service counts from the call. */
    public Uni<TicketView> complete(Actor actor, UUID id, Outcome outcome) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            ticket.status = ticket.status.complete();
            ticket.outcome = outcome;
            ticket.completedAt = now;
            return outbox.add(TicketEvents.completed(ticket));
        }).call(this::lineMoved).map(TicketView::of); // the recent average service time changed
    }

    /** Sets the ticket aside at its counter (e.g. the citizen fetches a missing paper); call it again later. */
    public Uni<TicketView> park(Actor actor, UUID id) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            ticket.status = ticket.status.park();
            ticket.parkedAt = now;
            return outbox.add(TicketEvents.parked(ticket));
        }).map(TicketView::of);
    }

    /**
     * At the call, the officer checks the priority group a citizen asked for: confirmed, the ticket stays; not
     * confirmed, it goes back to the regular line with its place by arrival kept, and the counter is free.
     */
    public Uni<TicketView> checkPriority(Actor actor, UUID id, boolean confirmed) {
        Instant now = Timestamps.now(clock);
        return atCounter(actor, id, ticket -> {
            if (ticket.priorityGroup == null || ticket.priorityConfirmed) {
                throw QueueProblems.noPriorityToCheck(ticket.number);
            }
            if (confirmed) {
                ticket.status.recall(); // the ticket must be at the counter, called
                ticket.priorityConfirmed = true;
                return outbox.add(TicketEvents.priorityConfirmed(ticket, actor.id(), now));
            }
            String counter = ticket.counterCode;
            ticket.status = ticket.status.clearPriority();
            ticket.priorityGroup = null;
            ticket.priorityConfirmed = true;
            ticket.line = QueueLine.REGULAR;
            ticket.counterCode = null;
            return outbox.add(TicketEvents.returnedToQueue(ticket, counter, "PRIORITY_CLEARED", now));
        }).call(ticket -> ticket.status == TicketStatus.WAITING ? turnNear.afterJoining(ticket)
                : Uni.createFrom().voidItem()).map(TicketView::of);
    }

    /**
     * The visit goes on at another service (often another agency's): this step ends and a new ticket waits in the
     * other service's line, keeping its place by the visit's first arrival. Answers the new ticket. The note is
     * stored and published with NIKs and phone numbers masked.
     */
    public Uni<TicketView> transfer(Actor actor, UUID id, String serviceCode, String note) {
        Instant now = Timestamps.now(clock);
        Ticket[] next = new Ticket[1];
        String cleanNote = note == null || note.isBlank() ? null : Masking.personalDataIn(note.strip());
        return atCounter(actor, id, ticket -> CatalogueService.find(ticket.mppCode, serviceCode)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(ticket.mppCode, serviceCode))
                .chain(target -> {
                    if (target.code.equals(ticket.serviceCode)) {
                        return Uni.createFrom().failure(QueueProblems.transferToSameService(target.code));
                    }
                    if (!target.active) {
                        return Uni.createFrom().failure(QueueProblems.serviceInactive());
                    }
                    ticket.status = ticket.status.transfer();
                    ticket.completedAt = now;
                    return desk.transferred(ticket, target, cleanNote, now)
                            .invoke(created -> next[0] = created)
                            .chain(created -> outbox.add(TicketEvents.transferred(ticket, created, actor.id(), now)));
                }))
                .call(from -> turnNear.afterJoining(next[0]))
                .map(from -> TicketView.of(next[0]));
    }

    /** The ticket's line moved forward or its waits changed: its waiting tickets may be near their turn now. */
    private Uni<Void> lineMoved(Ticket ticket) {
        return turnNear.afterLineMoved(ticket.mppCode, ticket.serviceCode, ticket.serviceDate);
    }

    /** A change at the counter: the officer who called the ticket there, or the agency's admin. */
    private Uni<Ticket> atCounter(Actor actor, UUID id, Function<Ticket, Uni<?>> transition) {
        return change(id, ticket -> {
            if (!actor.worksFor(ticket.agencyCode, ticket.mppCode)) {
                throw QueueProblems.notYourAgency();
            }
            if (ticket.officerId != null
                    && !TicketAccess.mayActAtCounter(actor, ticket.agencyCode, ticket.mppCode, ticket.officerId)) {
                throw QueueProblems.notYourTicketAtCounter(ticket.number);
            }
        }, transition);
    }

    private Uni<Ticket> change(UUID id, java.util.function.Consumer<Ticket> authorise,
                               Function<Ticket, Uni<?>> transition) {
        return Changes.change(() -> Ticket.<Ticket>findById(id)
                        .onItem().ifNull().failWith(() -> QueueProblems.ticketNotFound(id)),
                authorise, transition,
                new Changes.Kind(QueueProblems::illegalTransition, () -> QueueProblems.changedConcurrently(id)));
    }
}
