package id.go.mpp.sinergi.queue.app.counter;

import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.CounterSession;
import id.go.mpp.sinergi.queue.app.ticket.TicketView;
import id.go.mpp.sinergi.queue.store.Ticket;

import java.time.Instant;
import java.util.List;

/** A counter at work: open or closed, by whom, the ticket at it and the tickets parked there. */
public record CounterView(String mppCode, String code, String agencyCode, String name, List<String> services,
                          String status, String officerId, Instant openedAt, TicketView current,
                          List<TicketView> parked) {

    public static CounterView of(Counter counter, CounterSession session, Ticket current, List<Ticket> parked) {
        return new CounterView(counter.mppCode, counter.code, counter.agencyCode, counter.name, List.of(counter.services),
                session == null ? "CLOSED" : "OPEN", session == null ? null : session.officerId,
                session == null ? null : session.openedAt, current == null ? null : TicketView.of(current),
                parked.stream().map(TicketView::of).toList());
    }

    /** The same view with the tickets' printed survey codes left out (whoever holds one can answer the survey). */
    public CounterView withoutSurveyCodes() {
        return new CounterView(mppCode, code, agencyCode, name, services, status, officerId, openedAt,
                withoutSurveyCode(current), parked.stream().map(CounterView::withoutSurveyCode).toList());
    }

    private static TicketView withoutSurveyCode(TicketView t) {
        return t == null ? null : new TicketView(t.id(), t.visitId(), t.step(), t.number(), t.mppCode(), t.agencyCode(),
                t.serviceCode(), t.serviceDate(), t.channel(), t.line(), t.priorityGroup(), t.priorityConfirmed(),
                t.status(), t.counterCode(), t.outcome(), t.recalls(), t.arrivedAt(), t.appointmentAt(), t.issuedAt(),
                t.calledAt(), t.serviceStartedAt(), t.completedAt(), t.transferNote(), null);
    }
}
