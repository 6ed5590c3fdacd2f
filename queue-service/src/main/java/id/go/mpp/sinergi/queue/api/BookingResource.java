package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;
import id.go.mpp.sinergi.queue.domain.booking.BookingCodes;
import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.BookingStatus;
import id.go.mpp.sinergi.queue.messaging.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.BookingSlots;
import id.go.mpp.sinergi.queue.store.BookingWriter;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Online bookings: a citizen books a slot of a day's online quota, confirms it, may move it once, cancels it,
 * and checks in on arrival, which turns it into a ticket.
 */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingOffers offers;
    private final BookingSlots slots;
    private final BookingWriter writer;
    private final MppCalendar calendar;
    private final TicketDesk desk;
    private final BookingCancellations cancellations;
    private final Outbox outbox;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final QueueConfig.Booking config;

    public BookingResource(BookingOffers offers, BookingSlots slots, BookingWriter writer, MppCalendar calendar,
                           TicketDesk desk, BookingCancellations cancellations, Outbox outbox,
                           SecurityIdentity identity, Clock clock, QueueConfig config) {
        this.offers = offers;
        this.slots = slots;
        this.writer = writer;
        this.calendar = calendar;
        this.desk = desk;
        this.cancellations = cancellations;
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
        this.config = config.booking();
    }

    /**
     * Books a slot. The hot path of a booking rush, so it holds no Hibernate session: the catalogue comes from
     * {@link id.go.mpp.sinergi.queue.store.CatalogueCache}, a slot this instance saw sold out moments ago is
     * refused from memory, and everything else (the citizen's active booking, the claim, the booking and its
     * event) is one statement ({@link BookingWriter}, which groups attempts arriving together into one commit).
     */
    @POST
    @RolesAllowed(Caller.CITIZEN)
    public Uni<Response> book(@Valid @NotNull BookingRequests.Book request) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return offers.offer(request.mppCode(), request.serviceCode(), request.date(), request.slotStart(), now)
                .chain(offer -> {
                    if (slots.recentlySoldOut(request.mppCode(), request.serviceCode(), request.date(),
                            request.slotStart())) {
                        return Uni.createFrom().failure(QueueProblems.slotFull(request.date(), request.slotStart()));
                    }
                    Booking booking = newBooking(caller.id(), offer, now);
                    return write(booking, CODE_DRAWS).map(booked -> switch (booked) {
                        case BOOKED -> booking;
                        case ALREADY_HELD -> throw QueueProblems.alreadyHeld(request.date());
                        case SLOT_FULL -> throw QueueProblems.slotFull(request.date(), request.slotStart());
                    });
                })
                .onFailure(e -> UniqueViolations.of(e, "booking_one_active_per_citizen"))
                .transform(e -> QueueProblems.alreadyHeld(request.date()))
                .map(booking -> Response.created(URI.create("/bookings/" + booking.code)).entity(view(booking)).build());
    }

    /** Codes drawn for one new booking at most, should the first be taken already. */
    static final int CODE_DRAWS = 3;

    /**
     * Writes a new booking with its {@code booking-created} event. Its code is random (40 bits); should another
     * booking have it already (it happened once in the quota-rush benchmarks, and that citizen got a 500), the
     * booking is written again under a new code, event included.
     */
    private Uni<BookingWriter.Booked> write(Booking booking, int drawsLeft) {
        return writer.book(booking, outbox.row(BookingEvents.created(booking)))
                .onFailure(e -> drawsLeft > 1 && UniqueViolations.of(e, "booking_code_key"))
                .recoverWithUni(e -> {
                    booking.code = BookingCodes.next();
                    return write(booking, drawsLeft - 1);
                });
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<List<BookingView>> mine() {
        return Booking.ofCitizen(Caller.of(identity).id()).map(list -> list.stream().map(this::view).toList());
    }

    /** The owner, staff of the booking's agency at its MPP, or the MPP's admin. */
    @GET
    @Path("/{code}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @WithSession
    public Uni<BookingView> get(@PathParam("code") String code) {
        Caller caller = Caller.of(identity);
        return load(code, caller).map(this::view);
    }

    @POST
    @Path("/{code}/confirm")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<BookingView> confirm(@PathParam("code") String code) {
        Caller caller = Caller.of(identity);
        return change(code, "confirm", caller, true, (booking, now) -> {
            booking.status = booking.status.confirm();
            booking.confirmedAt = now;
            return outbox.add(BookingEvents.confirmed(booking)).replaceWithVoid();
        });
    }

    /** Moves the booking to another slot (once): the new slot's unit is claimed and the old one given back. */
    @POST
    @Path("/{code}/reschedule")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<BookingView> reschedule(@PathParam("code") String code,
                                       @Valid @NotNull BookingRequests.Reschedule request) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return load(code, caller)
                .chain(current -> {
                    if (!current.status.holdsQuota()) {
                        return Uni.createFrom().failure(QueueProblems.bookingWrongState(
                                new IllegalTransitionException(current.status, "reschedule")));
                    }
                    return offers.offer(current.mppCode, current.serviceCode, request.date(), request.slotStart(), now);
                })
                .chain(offer -> change(code, "reschedule", caller, true, (booking, at) -> {
                    booking.status = booking.status.reschedule();
                    if (!BookingRules.mayReschedule(booking.reschedules, config.maxReschedules())) {
                        throw QueueProblems.rescheduleUsed(config.maxReschedules());
                    }
                    LocalDate previousDay = booking.serviceDate;
                    Instant previousStart = booking.slotStartsAt;
                    return slots.free(booking.id)
                            .chain(() -> slots.claim(booking.mppCode, booking.serviceCode, request.date(),
                                    request.slotStart(), booking.id))
                            .chain(claimed -> {
                                if (!claimed) {
                                    return Uni.createFrom().failure(QueueProblems.slotFull(request.date(),
                                            request.slotStart()));
                                }
                                booking.serviceDate = request.date();
                                booking.slotStart = offer.slot().start();
                                booking.slotEnd = offer.slot().end();
                                booking.slotStartsAt = offer.startsAt();
                                booking.slotEndsAt = offer.endsAt();
                                booking.reschedules++;
                                if (booking.confirmBy.isAfter(offer.endsAt())) {
                                    booking.confirmBy = offer.endsAt();
                                }
                                return outbox.add(BookingEvents.rescheduled(booking, previousDay, previousStart, at))
                                        .replaceWithVoid();
                            });
                }))
                .onFailure(e -> UniqueViolations.of(e, "booking_one_active_per_citizen"))
                .transform(e -> QueueProblems.alreadyHeld(request.date()));
    }

    /** The citizen, or an admin of the agency or MPP (e.g. the service is suspended that day), cancels. */
    @POST
    @Path("/{code}/cancel")
    @RolesAllowed({Caller.CITIZEN, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    public Uni<BookingView> cancel(@PathParam("code") String code) {
        Caller caller = Caller.of(identity);
        return change(code, "cancel", caller, false, (booking, now) -> cancellations.cancel(booking,
                caller.id().equals(booking.citizenId) ? BookingCancellations.CITIZEN : BookingCancellations.STAFF, null,
                now));
    }

    /**
     * The citizen arrives: within the check-in window the booking becomes a ticket in the booked line; later,
     * the walk-in rules decide (hours, the day's walk-in quota); too early is refused with the opening time.
     * The citizen checks in at the kiosk, or an officer of the agency does it for them.
     */
    @POST
    @Path("/{code}/check-in")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER})
    @WithSession
    public Uni<Response> checkIn(@PathParam("code") String code) {
        Caller caller = Caller.of(identity);
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> load(code, caller)
                        .chain(booking -> {
                            if (!caller.id().equals(booking.citizenId)
                                    && !(caller.hasRole(Caller.OFFICER)
                                    && caller.worksFor(booking.agencyCode, booking.mppCode))) {
                                return Uni.createFrom().failure(QueueProblems.notYourAgency());
                            }
                            try {
                                booking.status.asOf(now, booking.confirmBy).checkIn();
                            } catch (IllegalTransitionException e) {
                                return Uni.createFrom().failure(QueueProblems.bookingWrongState(e));
                            }
                            BookingRules.Arrival arrival = BookingRules.arrival(now, booking.slotStartsAt,
                                    config.checkInEarly(), config.checkInLate());
                            return CatalogueService.find(booking.mppCode, booking.serviceCode).chain(service ->
                                    Mpp.<Mpp>findById(booking.mppCode).chain(mpp -> {
                                        if (arrival == BookingRules.Arrival.TOO_EARLY) {
                                            return Uni.createFrom().failure(QueueProblems.checkInTooEarly(
                                                    booking.slotStartsAt.minus(config.checkInEarly()), mpp));
                                        }
                                        boolean late = arrival == BookingRules.Arrival.LATE;
                                        return (late
                                                ? calendar.of(mpp.code).chain(cal -> desk.walkIn(service, mpp, cal, now,
                                                booking.citizenId, null, booking.visitId))
                                                : desk.bookedArrival(service, mpp, booking, now))
                                                .call(ticket -> {
                                                    booking.status = booking.status.checkIn();
                                                    booking.closedAt = now;
                                                    booking.ticketId = ticket.id;
                                                    return outbox.add(BookingEvents.checkedIn(booking, ticket, late));
                                                });
                                    }));
                        }))
                .map(ticket -> Response.created(URI.create("/tickets/" + ticket.id)).entity(TicketView.of(ticket)).build())
                .onFailure(BookingResource::concurrentChange).transform(e -> QueueProblems.bookingChangedConcurrently(code));
    }

    private Booking newBooking(String citizenId, BookingOffers.Offer offer, Instant now) {
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.code = BookingCodes.next();
        booking.visitId = UUID.randomUUID();
        booking.mppCode = offer.service().mppCode;
        booking.agencyCode = offer.service().agencyCode;
        booking.serviceCode = offer.service().code;
        booking.citizenId = citizenId;
        booking.serviceDate = offer.day();
        booking.slotStart = offer.slot().start();
        booking.slotEnd = offer.slot().end();
        booking.slotStartsAt = offer.startsAt();
        booking.slotEndsAt = offer.endsAt();
        booking.status = BookingStatus.PENDING;
        booking.createdAt = now;
        booking.confirmBy = BookingRules.confirmBy(now, config.confirmWithin(), offer.endsAt());
        return booking;
    }

    /** Loads a booking the caller may see; to anyone else it does not exist. */
    private Uni<Booking> load(String code, Caller caller) {
        if (!BookingCodes.isWellFormed(code)) {
            return Uni.createFrom().failure(QueueProblems.malformedBookingCode(code));
        }
        return Booking.findByCode(code)
                .onItem().ifNull().failWith(() -> QueueProblems.bookingNotFound(code))
                .map(booking -> {
                    if (!maySee(caller, booking)) {
                        throw QueueProblems.bookingNotFound(code);
                    }
                    return booking;
                });
    }

    /**
     * Applies a change in one transaction with its event. {@code ownerOnly}: only the booking's citizen;
     * otherwise also an admin of its agency or MPP.
     */
    private Uni<BookingView> change(String code, String actionName, Caller caller, boolean ownerOnly,
                                    BiFunction<Booking, Instant, Uni<Void>> action) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> load(code, caller)
                        .chain(booking -> {
                            boolean owner = caller.id().equals(booking.citizenId);
                            boolean admin = caller.hasRole(Caller.MPP_ADMIN)
                                    && caller.mpp().filter(booking.mppCode::equals).isPresent()
                                    || caller.hasRole(Caller.AGENCY_ADMIN)
                                    && caller.worksFor(booking.agencyCode, booking.mppCode);
                            if (!owner && (ownerOnly || !admin)) {
                                return Uni.createFrom().failure(QueueProblems.notYourBooking());
                            }
                            try {
                                if (booking.status.asOf(now, booking.confirmBy) != booking.status) {
                                    // Past its confirmation deadline: expired, whether or not the sweep has run.
                                    throw new IllegalTransitionException(BookingStatus.EXPIRED, actionName);
                                }
                                return action.apply(booking, now).chain(() -> Panache.flush()).replaceWith(booking);
                            } catch (IllegalTransitionException e) {
                                return Uni.createFrom().failure(QueueProblems.bookingWrongState(e));
                            }
                        }))
                .map(this::view)
                .onFailure(BookingResource::concurrentChange).transform(e -> QueueProblems.bookingChangedConcurrently(code));
    }

    private static boolean concurrentChange(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleObjectStateException;
    }

    private static boolean maySee(Caller caller, Booking booking) {
        return caller.id().equals(booking.citizenId) || caller.mayRead(booking.agencyCode, booking.mppCode);
    }

    private BookingView view(Booking booking) {
        return BookingView.of(booking, config.maxReschedules(), config.checkInEarly(), config.checkInLate());
    }

}
