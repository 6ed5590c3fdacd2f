package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import id.go.mpp.sinergi.queue.app.QueueProblems;
import id.go.mpp.sinergi.queue.store.booking.SlotRelease;
import id.go.mpp.sinergi.queue.store.CatalogueCache;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a service offers for online booking on a day: the checks of {@link BookingRules} with their problems,
 * the day's slot plan, and the release of the day's quota into slot units before the first booking.
 * Runs in the caller's session; the release commits in its own short transaction.
 */
@ApplicationScoped
public class BookingOffers {

    /** A bookable slot of a service on a day. */
    public record Offer(CatalogueService service, Mpp mpp, LocalDate day, SlotPlan.Slot slot, Instant startsAt,
                        Instant endsAt) {
    }

    /** The day of a service as citizens may book it: the plan of slots, released or not. */
    public record Day(CatalogueService service, Mpp mpp, LocalDate day, List<SlotPlan.Slot> plan) {
    }

    private final CatalogueCache catalogue;
    private final SlotRelease release;

    public BookingOffers(CatalogueCache catalogue, SlotRelease release) {
        this.catalogue = catalogue;
        this.release = release;
    }

    /** The slot as a bookable offer with the day's quota released, or the problem why it cannot be booked. */
    public Uni<Offer> offer(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, Instant now) {
        return day(mppCode, serviceCode, day, slotStart, now).chain(d -> {
            SlotPlan.Slot slot = SlotPlan.find(d.plan(), slotStart).orElseThrow();
            Offer offer = new Offer(d.service(), d.mpp(), day, slot,
                    BookingRules.startsAt(day, slot.start(), d.mpp().zone()),
                    BookingRules.endsAt(day, slot.end(), d.mpp().zone()));
            return release.ensureReleased(mppCode, serviceCode, day, d.service().slotMinutes, d.plan(), now)
                    .replaceWith(offer);
        });
    }

    /**
     * The day's plan after the day-level checks (and, when {@code slotStart} is given, the slot-level ones).
     */
    public Uni<Day> day(String mppCode, String serviceCode, LocalDate day, LocalTime slotStart, Instant now) {
        return catalogue.service(mppCode, serviceCode)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mppCode, serviceCode))
                .chain(service -> catalogue.mpp(mppCode).chain(mpp -> catalogue.calendar(mppCode).map(cal -> {
                    LocalTime checked = slotStart;
                    if (checked == null) {
                        // Day-level checks only: take the first slot of the day for the slot-level ones, then
                        // ignore a "started" or "no such slot" answer.
                        checked = cal.hours().weekly().containsKey(day.getDayOfWeek())
                                ? cal.hours().weekly().get(day.getDayOfWeek()).opens() : LocalTime.MIDNIGHT;
                    }
                    BookingRules.beforeBooking(day, checked, now, mpp.zone(), cal.hours(), service.slotMinutes,
                                    service.quotaOnline, service.bookingHorizonDays, service.active)
                            .filter(refusal -> slotStart != null || (refusal != BookingRules.Refusal.SLOT_STARTED
                                    && refusal != BookingRules.Refusal.NO_SUCH_SLOT))
                            .ifPresent(refusal -> {
                                throw QueueProblems.bookingRefused(refusal, mpp, cal, day, slotStart,
                                        service.bookingHorizonDays, now.atZone(mpp.zone()).toLocalDate());
                            });
                    return new Day(service, mpp, day, SlotPlan.of(cal.hours().weekly().get(day.getDayOfWeek()),
                            service.slotMinutes, service.quotaOnline));
                })));
    }
}
