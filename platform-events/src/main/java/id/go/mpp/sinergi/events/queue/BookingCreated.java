package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen booked a time slot for a service; one unit of the day's online quota is taken.
 *
 * @param visitId      the visit (aggregate, Kafka key) the booking becomes when the citizen checks in
 * @param bookingCode  code the citizen shows at the kiosk, e.g. {@code BK-7K3M9Q2X}
 * @param serviceDate  the MPP-local day of the appointment
 * @param slotStartsAt start of the booked slot (UTC)
 * @param slotEndsAt   end of the booked slot (UTC)
 * @param confirmBy    the booking expires unless the citizen confirms it (or checks in) before this
 */
@EventType(value = "id.go.mpp.queue.booking-created.v1", topic = Topics.QUEUE_BOOKINGS)
public record BookingCreated(
        String visitId,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String citizenId,
        LocalDate serviceDate,
        Instant slotStartsAt,
        Instant slotEndsAt,
        Instant confirmBy,
        Instant createdAt) implements BookingEvent {
}
