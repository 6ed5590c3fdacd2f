package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/** The citizen confirmed a booking: it no longer expires and is expected at its slot. */
@EventType(value = "id.go.mpp.queue.booking-confirmed.v1", topic = Topics.QUEUE_BOOKINGS)
public record BookingConfirmed(
        String visitId,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        LocalDate serviceDate,
        Instant slotStartsAt,
        Instant confirmedAt) implements BookingEvent {
}
