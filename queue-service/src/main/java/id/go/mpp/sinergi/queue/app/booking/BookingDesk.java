package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.booking.BookingCodes;
import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.BookingStatus;
import id.go.mpp.sinergi.queue.messaging.out.BookingEvents;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.booking.BookingWriter;
import id.go.mpp.sinergi.queue.store.booking.SoldOutMemory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Booking a slot: the hot path of a booking rush, so it holds no Hibernate session. The catalogue comes from the
 * cache, a slot this instance saw sold out moments ago is refused from memory, and everything else is one statement
 * of {@link BookingWriter} (BOOKING.md).
 */
@ApplicationScoped
public class BookingDesk {

    /** Codes drawn for one new booking at most, should the first be taken already. */
    static final int CODE_DRAWS = 3;

    private final BookingOffers offers;
    private final SoldOutMemory soldOut;
    private final BookingWriter writer;
    private final Outbox outbox;
    private final Clock clock;
    private final QueueConfig.Booking config;

    public BookingDesk(BookingOffers offers, SoldOutMemory soldOut, BookingWriter writer, Outbox outbox, Clock clock,
                       QueueConfig config) {
        this.offers = offers;
        this.soldOut = soldOut;
        this.writer = writer;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config.booking();
    }

    /** {@code nibGiven}: whether the request names the business's NIB, which a service that requires one needs. */
    public Uni<BookingView> book(Actor actor, String mppCode, String serviceCode, LocalDate date, LocalTime slotStart,
                                 boolean nibGiven) {
        Instant now = Timestamps.now(clock);
        return offers.offer(mppCode, serviceCode, date, slotStart, now)
                .chain(offer -> {
                    if (offer.service().requiresNib && !nibGiven) {
                        return Uni.createFrom().failure(QueueProblems.nibRequired(offer.service()));
                    }
                    if (soldOut.recentlySoldOut(mppCode, serviceCode, date, slotStart)) {
                        return Uni.createFrom().failure(QueueProblems.slotFull(date, slotStart));
                    }
                    Booking booking = newBooking(actor.id(), offer, now);
                    return write(booking, CODE_DRAWS).map(booked -> switch (booked) {
                        case BOOKED -> booking;
                        case ALREADY_HELD -> throw QueueProblems.alreadyHeld(date);
                        case TOO_MANY -> throw QueueProblems.tooManyBookings(config.maxActivePerCitizen());
                        case SLOT_FULL -> throw QueueProblems.slotFull(date, slotStart);
                    });
                })
                .onFailure(e -> UniqueViolations.of(e, "booking_one_active_per_citizen"))
                .transform(e -> QueueProblems.alreadyHeld(date))
                .map(this::view);
    }

    private BookingView view(Booking booking) {
        return BookingView.of(booking, config.maxReschedules(), config.checkInEarly(), config.checkInLate());
    }

    /**
     * Writes a new booking with its {@code booking-created} event under the unique code index; should another
     * booking hold its random code already, it is written again under a new code, event included.
     */
    private Uni<BookingWriter.Booked> write(Booking booking, int drawsLeft) {
        return writer.book(booking, outbox.row(BookingEvents.created(booking)))
                .onFailure(e -> drawsLeft > 1 && UniqueViolations.of(e, "booking_code_key"))
                .recoverWithUni(e -> {
                    booking.code = BookingCodes.next();
                    return write(booking, drawsLeft - 1);
                });
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
}
