package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/** An unconfirmed booking passed its confirmation deadline; its slot is free again. */
@EventType(value = "id.go.mpp.queue.booking-expired.v1", topic = Topics.QUEUE_BOOKINGS)
public record BookingExpired(
        String visitId,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        LocalDate serviceDate,
        Instant slotStartsAt,
        Instant expiredAt) implements BookingEvent {
}
