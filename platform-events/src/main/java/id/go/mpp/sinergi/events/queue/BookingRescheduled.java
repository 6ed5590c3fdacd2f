package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking moved to another slot (a booking may be rescheduled once). The old slot is free again.
 *
 * @param previousServiceDate  the day it was booked for before
 * @param previousSlotStartsAt the slot it held before (UTC)
 */
@EventType(value = "id.go.mpp.queue.booking-rescheduled.v1", topic = Topics.QUEUE_BOOKINGS)
public record BookingRescheduled(
        String visitId,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        LocalDate previousServiceDate,
        Instant previousSlotStartsAt,
        LocalDate serviceDate,
        Instant slotStartsAt,
        Instant slotEndsAt,
        Instant rescheduledAt) implements BookingEvent {
}
