package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.BookingAccess;
import id.go.mpp.sinergi.queue.domain.booking.BookingCodes;
import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.booking.SlotClaims;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Reading bookings and the places left: a booking, a citizen's own, and a service-day's slots. */
@ApplicationScoped
public class BookingQueries {

    private final BookingOffers offers;
    private final SlotClaims slots;
    private final Clock clock;
    private final QueueConfig.Booking config;

    public BookingQueries(BookingOffers offers, SlotClaims slots, Clock clock, QueueConfig config) {
        this.offers = offers;
        this.slots = slots;
        this.clock = clock;
        this.config = config.booking();
    }

    public Uni<BookingView> get(Actor actor, String code) {
        return Panache.withSession(() -> visible(actor, code)).map(this::view);
    }

    /** A citizen's bookings, newest first, a page at a time. */
    public Uni<List<BookingView>> mine(Actor actor, int page, int size) {
        return Panache.withSession(() -> Booking.ofCitizen(actor.id(), page, size))
                .map(list -> list.stream().map(this::view).toList());
    }

    public BookingView view(Booking booking) {
        return BookingView.of(booking, config.maxReschedules(), config.checkInEarly(), config.checkInLate());
    }

    /**
     * The online-booking slots of a service on a day with the places left in each (public, so citizens see the
     * quota before they try). A day outside the booking horizon, closed, or in the past is a 422 problem.
     */
    public Uni<SlotsView> slots(String mppCode, String serviceCode, LocalDate date) {
        Instant now = Timestamps.now(clock);
        return offers.day(mppCode, serviceCode, date, null, now).chain(day -> slots.units(mppCode, serviceCode, date)
                .map(units -> {
                    List<SlotsView.Slot> list = new ArrayList<>();
                    int quota = 0;
                    int available = 0;
                    for (SlotPlan.Slot slot : day.plan()) {
                        SlotClaims.Units released = units.isEmpty()
                                ? new SlotClaims.Units(slot.capacity(), slot.capacity())
                                : units.getOrDefault(slot.start(), new SlotClaims.Units(0, 0));
                        boolean started = !BookingRules.startsAt(date, slot.start(), day.mpp().zone()).isAfter(now);
                        int free = started ? 0 : released.free();
                        quota += released.total();
                        available += free;
                        list.add(new SlotsView.Slot(slot.start().toString(),
                                LocalTime.MIDNIGHT.equals(slot.end()) ? "24:00" : slot.end().toString(),
                                released.total(), free, free > 0));
                    }
                    return new SlotsView(mppCode, serviceCode, date, day.mpp().timeZone, quota, available, list);
                }));
    }

    /** A booking the actor may see, in the caller's session; to anyone else it does not exist. */
    static Uni<Booking> visible(Actor actor, String code) {
        if (!BookingCodes.isWellFormed(code)) {
            return Uni.createFrom().failure(QueueProblems.malformedBookingCode(code));
        }
        return Booking.findByCode(code)
                .onItem().ifNull().failWith(() -> QueueProblems.bookingNotFound(code))
                .invoke(booking -> {
                    if (!BookingAccess.maySee(actor, booking.citizenId, booking.agencyCode, booking.mppCode)) {
                        throw QueueProblems.bookingNotFound(code);
                    }
                });
    }
}
