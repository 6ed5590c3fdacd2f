package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.queue.domain.booking.BookingStatus;
import id.go.mpp.sinergi.queue.store.Booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A booking as its citizen and the agency's staff see it: the slot in MPP-local time and in UTC, what is
 * still allowed, and the ticket once checked in.
 */
public record BookingView(String code, UUID id, UUID visitId, String mppCode, String agencyCode, String serviceCode,
                          LocalDate date, String slot, String slotEnd, Instant slotStartsAt, Instant slotEndsAt,
                          String status, Instant confirmBy, int reschedulesLeft, Instant checkInFrom,
                          Instant checkInUntil, Instant createdAt, Instant closedAt, String cancelReason,
                          UUID ticketId) {

    public static BookingView of(Booking b, int maxReschedules, Duration early, Duration late) {
        return new BookingView(b.code, b.id, b.visitId, b.mppCode, b.agencyCode, b.serviceCode, b.serviceDate,
                b.slotStart.toString(), LocalTime.MIDNIGHT.equals(b.slotEnd) ? "24:00" : b.slotEnd.toString(),
                b.slotStartsAt, b.slotEndsAt, b.status.name(),
                b.status == BookingStatus.PENDING ? b.confirmBy : null,
                Math.max(0, maxReschedules - b.reschedules),
                b.slotStartsAt.minus(early), b.slotStartsAt.plus(late), b.createdAt, b.closedAt, b.cancelReason,
                b.ticketId);
    }
}
