package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.Changes;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.app.ticket.TicketDesk;
import id.go.mpp.sinergi.queue.app.ticket.TicketView;
import id.go.mpp.sinergi.queue.app.ticket.TurnNearCheck;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.BookingAccess;
import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.BookingStatus;
import id.go.mpp.sinergi.queue.messaging.out.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.Ticket;
import id.go.mpp.sinergi.queue.store.booking.SlotClaims;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The transitions of a booking after it is made (see {@code BookingStatus}), each in one transaction with its event:
 * confirm, reschedule (once), cancel, and check-in, which turns it into a ticket.
 */
@ApplicationScoped
public class BookingActions {

    private final BookingOffers offers;
    private final SlotClaims slots;
    private final BookingCancellations cancellations;
    private final TicketDesk desk;
    private final TurnNearCheck turnNear;
    private final MppCalendar calendar;
    private final Outbox outbox;
    private final Clock clock;
    private final QueueConfig.Booking config;

    public BookingActions(BookingOffers offers, SlotClaims slots, BookingCancellations cancellations, TicketDesk desk,
                          TurnNearCheck turnNear, MppCalendar calendar, Outbox outbox, Clock clock,
                          QueueConfig config) {
        this.offers = offers;
        this.slots = slots;
        this.cancellations = cancellations;
        this.desk = desk;
        this.turnNear = turnNear;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config.booking();
    }

    public Uni<BookingView> confirm(Actor actor, String code) {
        Instant now = Timestamps.now(clock);
        return change(actor, code, "confirm", owner(actor), booking -> {
            booking.status = booking.status.confirm();
            booking.confirmedAt = now;
            return outbox.add(BookingEvents.confirmed(booking));
        }, now).map(this::view);
    }

    /** Moves the booking to another slot (once): the new slot's unit is claimed and the old one given back. */
    public Uni<BookingView> reschedule(Actor actor, String code, LocalDate date, LocalTime slotStart) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> BookingQueries.visible(actor, code)
                        .chain(current -> {
                            if (!current.status.holdsQuota()) {
                                return Uni.createFrom().failure(QueueProblems.bookingWrongState(
                                        new IllegalTransitionException(current.status, "reschedule")));
                            }
                            return offers.offer(current.mppCode, current.serviceCode, date, slotStart, now);
                        })
                        .chain(offer -> change(actor, code, "reschedule", owner(actor), booking -> {
                            booking.status = booking.status.reschedule();
                            if (!BookingRules.mayReschedule(booking.reschedules, config.maxReschedules())) {
                                throw QueueProblems.rescheduleUsed(config.maxReschedules());
                            }
                            LocalDate previousDay = booking.serviceDate;
                            Instant previousStart = booking.slotStartsAt;
                            return slots.free(booking.id)
                                    .chain(() -> slots.claim(booking.mppCode, booking.serviceCode, date, slotStart,
                                            booking.id))
                                    .chain(claimed -> {
                                        if (!claimed) {
                                            return Uni.createFrom().failure(QueueProblems.slotFull(date, slotStart));
                                        }
                                        booking.serviceDate = date;
                                        booking.slotStart = offer.slot().start();
                                        booking.slotEnd = offer.slot().end();
                                        booking.slotStartsAt = offer.startsAt();
                                        booking.slotEndsAt = offer.endsAt();
                                        booking.reschedules++;
                                        if (booking.confirmBy.isAfter(offer.endsAt())) {
                                            booking.confirmBy = offer.endsAt();
                                        }
                                        return outbox.add(BookingEvents.rescheduled(booking, previousDay,
                                                previousStart, now));
                                    });
                        }, now)))
                .onFailure(e -> UniqueViolations.of(e, "booking_one_active_per_citizen"))
                .transform(e -> QueueProblems.alreadyHeld(date))
                .map(this::view);
    }

    /** The citizen, or an admin of the agency or MPP (e.g. the service is suspended that day), cancels. */
    public Uni<BookingView> cancel(Actor actor, String code) {
        Instant now = Timestamps.now(clock);
        return change(actor, code, "cancel", booking -> {
            if (!BookingAccess.mayCancel(actor, booking.citizenId, booking.agencyCode, booking.mppCode)) {
                throw QueueProblems.notYourBooking();
            }
        }, booking -> cancellations.cancel(booking, actor.is(booking.citizenId)
                ? BookingCancellations.CITIZEN : BookingCancellations.STAFF, null, now), now).map(this::view);
    }

    /**
     * The citizen arrives and the kiosk (or an officer of the agency) scans the code: within the check-in window the
     * booking becomes a ticket in the booked line; later, the walk-in rules decide; too early is refused with the
     * opening time.
     */
    public Uni<TicketView> checkIn(Actor actor, String code) {
        Instant now = Timestamps.now(clock);
        Ticket[] issued = new Ticket[1];
        return change(actor, code, "check-in", booking -> {
            if (!BookingAccess.mayCheckIn(actor, booking.agencyCode, booking.mppCode)) {
                throw QueueProblems.checkInNotHere();
            }
        }, booking -> {
            booking.status.checkIn();
            BookingRules.Arrival arrival = BookingRules.arrival(now, booking.slotStartsAt, config.checkInEarly(),
                    config.checkInLate());
            return CatalogueService.find(booking.mppCode, booking.serviceCode).chain(service ->
                    Mpp.<Mpp>findById(booking.mppCode).chain(mpp -> {
                        if (arrival == BookingRules.Arrival.TOO_EARLY) {
                            return Uni.createFrom().failure(QueueProblems.checkInTooEarly(
                                    booking.slotStartsAt.minus(config.checkInEarly()), mpp));
                        }
                        boolean late = arrival == BookingRules.Arrival.LATE;
                        return (late
                                ? calendar.of(mpp.code).chain(cal -> desk.walkIn(service, mpp, cal, now,
                                booking.citizenId, null, true, booking.visitId))
                                : desk.bookedArrival(service, mpp, booking, now))
                                .call(ticket -> {
                                    issued[0] = ticket;
                                    booking.status = booking.status.checkIn();
                                    booking.closedAt = now;
                                    booking.ticketId = ticket.id;
                                    return outbox.add(BookingEvents.checkedIn(booking, ticket, late));
                                });
                    }));
        }, now).call(booking -> turnNear.afterJoining(issued[0])).map(booking -> TicketView.of(issued[0]));
    }

    private BookingView view(Booking booking) {
        return BookingView.of(booking, config.maxReschedules(), config.checkInEarly(), config.checkInLate());
    }

    private static Consumer<Booking> owner(Actor actor) {
        return booking -> {
            if (!BookingAccess.mayChange(actor, booking.citizenId)) {
                throw QueueProblems.notYourBooking();
            }
        };
    }

    /** A change of a booking the actor may see; past its confirmation deadline it is expired, swept or not. */
    private Uni<Booking> change(Actor actor, String code, String action, Consumer<Booking> authorise,
                                Function<Booking, Uni<?>> transition, Instant now) {
        return Changes.change(() -> BookingQueries.visible(actor, code), authorise.andThen(booking -> {
            if (booking.status.asOf(now, booking.confirmBy) != booking.status) {
                throw new IllegalTransitionException(BookingStatus.EXPIRED, action);
            }
        }), transition, new Changes.Kind(QueueProblems::bookingWrongState,
                () -> QueueProblems.bookingChangedConcurrently(code)));
    }
}
