package id.go.mpp.sinergi.gateway.app.visits;

import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.IncomingEvent;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.queue.TicketCheckedIn;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.events.queue.TicketTurnNear;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterRegistry;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyDispatcher;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyRequests;
import id.go.mpp.sinergi.gateway.app.adapters.Lane;
import id.go.mpp.sinergi.gateway.store.identity.VisitSteps;
import id.go.mpp.sinergi.gateway.store.notifications.BookingReminders;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Platform events the gateway acts on, each in the consumer's transaction: the steps of visits (which agencies a
 * visit passes through: the once-only rule's scope), "your turn is near" for visitors who gave a number, and the requests the enabled adapters derive from the events
 * they react to — persisted with the event's processing, so none is lost between Kafka and the agency.
 */
@ApplicationScoped
public class PlatformEvents {

    private static final Set<Class<? extends SinergiEvent>> STEPS = Set.of(TicketIssued.class,
            TicketTransferred.class, TicketCheckedIn.class, TicketTurnNear.class);

    private final VisitSteps steps;
    private final BookingReminders reminders;
    private final AdapterRegistry adapters;
    private final AgencyRequests requests;
    private final AgencyDispatcher dispatcher;
    private final Notifications notifications;
    private final Clock clock;
    private volatile Set<Class<? extends SinergiEvent>> handled;

    public PlatformEvents(VisitSteps steps, BookingReminders reminders, AdapterRegistry adapters,
                          AgencyRequests requests, AgencyDispatcher dispatcher, Notifications notifications,
                          Clock clock) {
        this.notifications = notifications;
        this.steps = steps;
        this.reminders = reminders;
        this.adapters = adapters;
        this.requests = requests;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** The event types worth reading: the steps, and whatever an enabled adapter reacts to (fixed at start). */
    public Set<Class<? extends SinergiEvent>> handled() {
        Set<Class<? extends SinergiEvent>> known = handled;
        if (known == null) {
            Set<Class<? extends SinergiEvent>> types = new HashSet<>(STEPS);
            adapters.lanes().stream()
                    .flatMap(lane -> lane.adapter().descriptor().reactsTo().stream())
                    .map(EventCatalog::classOf).flatMap(java.util.Optional::stream)
                    .forEach(types::add);
            known = Set.copyOf(types);
            handled = known;
        }
        return known;
    }

    /** Applies one event (inside the idempotent consumer's transaction); true if it led to requests. */
    public Uni<Boolean> apply(String eventId, String type, SinergiEvent event) {
        if (event instanceof TicketTurnNear near) {
            // the visitor's number, if they gave one, gets "your turn is near" (a request to the messaging lane)
            return notifications.turnNear(near.visitId(), near.mppCode(), near.ticketId(), near.ticketNumber(),
                    near.placesAhead(), (int) near.estimatedWaitMinutes()).replaceWith(true);
        }
        return recordStep(event).chain(() -> Multi.createFrom().iterable(adapters.reactingTo(type))
                .onItem().transformToUniAndConcatenate(lane -> enqueue(lane, new IncomingEvent(eventId, type, event)))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum() > 0));
    }

    /** Wakes the dispatcher after the transaction that persisted requests committed. */
    public void requestsCommitted() {
        dispatcher.wake();
    }

    private Uni<Integer> enqueue(Lane lane, IncomingEvent event) {
        List<AgencyRequest> derived = lane.adapter().requestsFor(event);
        return Multi.createFrom().iterable(derived)
                .onItem().transformToUniAndConcatenate(request -> requests.enqueue(lane.agencyCode(), request,
                        "event " + event.type(), UUID.randomUUID()))
                .collect().asList().map(List::size);
    }

    private Uni<Void> recordStep(SinergiEvent event) {
        if (event instanceof TicketIssued issued) {
            return steps.add(issued.visitId(), issued.agencyCode(), issued.mppCode(), issued.citizenId(),
                    issued.ticketId(), issued.issuedAt() != null ? issued.issuedAt() : Timestamps.now(clock));
        }
        if (event instanceof TicketCheckedIn checkedIn) {
            return steps.add(checkedIn.visitId(), checkedIn.agencyCode(), checkedIn.mppCode(), checkedIn.citizenId(),
                    checkedIn.ticketId(), checkedIn.checkedInAt())
                    .chain(() -> reminders.status(checkedIn.bookingId(), "CHECKED_IN"));
        }
        if (event instanceof TicketTransferred transferred) {
            return steps.add(transferred.visitId(), transferred.toAgencyCode(), transferred.mppCode(),
                    transferred.citizenId(), transferred.toTicketId(), transferred.transferredAt());
        }
        return Uni.createFrom().voidItem();
    }
}
