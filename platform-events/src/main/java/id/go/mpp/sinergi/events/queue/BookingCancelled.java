package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking was cancelled and its slot is free again.
 *
 * @param cancelledBy {@code CITIZEN} (the citizen themself) or {@code STAFF} (an officer or admin of the MPP)
 * @param reason      why, when the citizen did not choose it and a reason was given (e.g. the MPP closed that day:
 *                    the closed day's reason, as the MPP's admin wrote it); null otherwise
 */
@EventType(value = "id.go.mpp.queue.booking-cancelled.v1", topic = Topics.QUEUE_BOOKINGS)
public record BookingCancelled(
        String visitId,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        LocalDate serviceDate,
        Instant slotStartsAt,
        String cancelledBy,
        Instant cancelledAt,
        String reason) implements BookingEvent {
}
