package id.go.mpp.sinergi.queue.messaging.out;

import id.go.mpp.sinergi.events.queue.CounterClosed;
import id.go.mpp.sinergi.events.queue.CounterOpened;
import id.go.mpp.sinergi.events.queue.ServiceStarted;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketNoShow;
import id.go.mpp.sinergi.events.queue.TicketParked;
import id.go.mpp.sinergi.events.queue.TicketPriorityConfirmed;
import id.go.mpp.sinergi.events.queue.TicketReturnedToQueue;
import id.go.mpp.sinergi.events.queue.TicketRecalled;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.events.queue.TicketTurnNear;
import id.go.mpp.sinergi.queue.domain.SurveyCodes;
import id.go.mpp.sinergi.queue.domain.TicketNumbers;
import id.go.mpp.sinergi.queue.domain.TurnNear;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterSession;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.TurnNearNotices;

import java.time.Instant;
import java.util.List;

/**
 * The events queue-service publishes (through the outbox) for a ticket's and a counter's changes. Waiting time
 * counts from the ticket's place in line ({@code queueSince}); service time from the start of service (or the
 * call, when the officer completed without a separate start).
 */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static TicketIssued issued(Ticket t) {
        return new TicketIssued(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.citizenId, t.channel, t.priorityGroup != null, t.serviceDate, t.issuedAt);
    }

    public static TicketCalled called(Ticket t, Instant at) {
        return new TicketCalled(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.officerId, at, waitingSeconds(t));
    }

    public static TicketRecalled recalled(Ticket t, Instant at) {
        return new TicketRecalled(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.recalls, at);
    }

    public static TicketNoShow noShow(Ticket t) {
        return new TicketNoShow(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.citizenId, t.recalls, t.completedAt, waitingSeconds(t));
    }

    public static ServiceStarted started(Ticket t) {
        return new ServiceStarted(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.officerId, t.serviceStartedAt, waitingSeconds(t));
    }

    /** Carries the survey code's hash, never the code: other agencies read the topic. */
    public static TicketCompleted completed(Ticket t) {
        Instant started = t.serviceStartedAt != null ? t.serviceStartedAt : t.calledAt;
        return new TicketCompleted(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.citizenId, t.outcome.name(), t.completedAt, waitingSeconds(t),
                TicketNumbers.secondsBetween(started, t.completedAt), SurveyCodes.hash(t.surveyCode), t.serviceDate);
    }

    public static TicketParked parked(Ticket t) {
        return new TicketParked(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, t.counterCode, t.officerId, t.parkedAt);
    }

    /** {@code counterCode}: the counter it left; {@code reason}: COUNTER_CLOSED or PRIORITY_CLEARED. */
    public static TicketReturnedToQueue returnedToQueue(Ticket t, String counterCode, String reason, Instant at) {
        return new TicketReturnedToQueue(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, counterCode, reason, t.line.name(), at);
    }

    public static TicketPriorityConfirmed priorityConfirmed(Ticket t, String officerId, Instant at) {
        return new TicketPriorityConfirmed(t.visitId.toString(), t.id.toString(), t.number, t.mppCode, t.agencyCode,
                t.serviceCode, officerId, at);
    }

    public static TicketTransferred transferred(Ticket from, Ticket to, String officerId, Instant at) {
        return new TicketTransferred(from.visitId.toString(), from.id.toString(), from.number, from.agencyCode,
                from.serviceCode, from.counterCode, to.id.toString(), to.number, to.agencyCode, to.serviceCode,
                from.mppCode, from.citizenId, officerId, to.transferNote, to.arrivedAt, at,
                SurveyCodes.hash(from.surveyCode), from.serviceDate);
    }

    /** Says only where the ticket stands: a notifier finds the citizen's number and consent by the account. */
    public static TicketTurnNear turnNear(TurnNear.Notice<TurnNearNotices.Waiting> notice, Instant at) {
        TurnNearNotices.Waiting t = notice.ticket();
        return new TicketTurnNear(t.visitId().toString(), t.id().toString(), t.number(), t.mppCode(), t.agencyCode(),
                t.serviceCode(), t.citizenId(), notice.placesAhead(), notice.estimatedWaitMinutes(),
                notice.trigger().name(), at);
    }

    public static CounterOpened counterOpened(Counter c, CounterSession s) {
        return new CounterOpened(s.mppCode + "/" + s.counterCode, s.mppCode, s.agencyCode, s.counterCode, c.name,
                List.of(c.services), s.officerId, s.openedAt);
    }

    public static CounterClosed counterClosed(CounterSession s) {
        return new CounterClosed(s.mppCode + "/" + s.counterCode, s.mppCode, s.agencyCode, s.counterCode,
                s.officerId, s.openedAt, s.closedAt);
    }

    private static long waitingSeconds(Ticket t) {
        return t.calledAt == null ? 0 : TicketNumbers.secondsBetween(t.queueSince, t.calledAt);
    }
}
