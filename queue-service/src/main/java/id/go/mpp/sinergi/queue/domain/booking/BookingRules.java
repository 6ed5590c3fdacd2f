package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When a slot may be booked, how long an unconfirmed booking lives, and how an arrival is judged against
 * the check-in window (early … slot start … late).
 */
public final class BookingRules {

    /** Why a booking for a day and slot is refused before any quota is looked at. */
    public enum Refusal {
        SERVICE_INACTIVE,
        NO_ONLINE_BOOKING,
        DATE_IN_THE_PAST,
        BEYOND_HORIZON,
        CLOSED_DAY,
        NOT_A_WORKING_DAY,
        NO_SUCH_SLOT,
        SLOT_STARTED
    }

    /** How an arrival relates to the booked slot. */
    public enum Arrival { TOO_EARLY, ON_TIME, LATE }

    private BookingRules() {
    }

    /**
     * Checks a wished day and slot: the service takes online bookings, the day lies between today and
     * today + {@code horizonDays} (MPP-local), the MPP serves that day, the slot is one of the day's plan and
     * has not started yet.
     */
    public static Optional<Refusal> beforeBooking(LocalDate day, LocalTime slotStart, Instant now, ZoneId zone,
                                                  OpeningHours hours, int slotMinutes, int onlineQuota,
                                                  int horizonDays, boolean serviceActive) {
        if (!serviceActive) {
            return Optional.of(Refusal.SERVICE_INACTIVE);
        }
        if (onlineQuota == 0) {
            return Optional.of(Refusal.NO_ONLINE_BOOKING);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        if (day.isBefore(today)) {
            return Optional.of(Refusal.DATE_IN_THE_PAST);
        }
        if (day.isAfter(today.plusDays(horizonDays))) {
            return Optional.of(Refusal.BEYOND_HORIZON);
        }
        switch (hours.on(day)) {
            case CLOSED_DAY:
                return Optional.of(Refusal.CLOSED_DAY);
            case NOT_A_WORKING_DAY:
                return Optional.of(Refusal.NOT_A_WORKING_DAY);
            default:
                break;
        }
        List<SlotPlan.Slot> plan = SlotPlan.of(hours.weekly().get(day.getDayOfWeek()), slotMinutes, onlineQuota);
        if (SlotPlan.find(plan, slotStart).isEmpty()) {
            return Optional.of(Refusal.NO_SUCH_SLOT);
        }
        if (!startsAt(day, slotStart, zone).isAfter(now)) {
            return Optional.of(Refusal.SLOT_STARTED);
        }
        return Optional.empty();
    }

    /** The instant a local slot time on a local day happens ({@code 00:00} as an end time is the next midnight). */
    public static Instant startsAt(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    public static Instant endsAt(LocalDate day, LocalTime end, ZoneId zone) {
        return (LocalTime.MIDNIGHT.equals(end) ? day.plusDays(1) : day).atTime(end).atZone(zone).toInstant();
    }

    /**
     * An unconfirmed booking lives {@code window} after it was made, but never past the end of its slot.
     */
    public static Instant confirmBy(Instant madeAt, Duration window, Instant slotEndsAt) {
        Instant deadline = madeAt.plus(window);
        return deadline.isBefore(slotEndsAt) ? deadline : slotEndsAt;
    }

    /**
     * Judges an arrival: from {@code early} before the slot start until {@code late} after it is on time;
     * before that too early; after that late (the citizen falls back to the walk-in rules).
     */
    public static Arrival arrival(Instant now, Instant slotStartsAt, Duration early, Duration late) {
        if (now.isBefore(slotStartsAt.minus(early))) {
            return Arrival.TOO_EARLY;
        }
        return now.isAfter(slotStartsAt.plus(late)) ? Arrival.LATE : Arrival.ON_TIME;
    }

    /** A booking may move to another slot at most {@code maxReschedules} times. */
    public static boolean mayReschedule(int reschedulesSoFar, int maxReschedules) {
        return reschedulesSoFar < maxReschedules;
    }
}
