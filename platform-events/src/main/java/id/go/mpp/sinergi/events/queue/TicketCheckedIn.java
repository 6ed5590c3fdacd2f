package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A citizen with a booking arrived and checked in; the booking became the ticket {@code ticketId} (announced
 * by a {@code ticket-issued} event just before this one, with the same visit id).
 *
 * @param appointmentAt the booked slot start (UTC): an on-time arrival waits from here, not from check-in
 * @param late          true when the citizen came after the check-in window and got a walk-in ticket instead
 */
@EventType(value = "id.go.mpp.queue.ticket-checked-in.v1", topic = Topics.QUEUE_VISITS)
public record TicketCheckedIn(
        String visitId,
        String ticketId,
        String ticketNumber,
        String bookingId,
        String bookingCode,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String citizenId,
        Instant appointmentAt,
        Instant checkedInAt,
        boolean late) implements TicketEvent {
}
