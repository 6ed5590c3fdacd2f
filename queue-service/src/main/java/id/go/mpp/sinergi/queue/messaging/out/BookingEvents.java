package id.go.mpp.sinergi.queue.messaging.out;

import id.go.mpp.sinergi.events.queue.BookingCancelled;
import id.go.mpp.sinergi.events.queue.BookingConfirmed;
import id.go.mpp.sinergi.events.queue.BookingCreated;
import id.go.mpp.sinergi.events.queue.BookingExpired;
import id.go.mpp.sinergi.events.queue.BookingRescheduled;
import id.go.mpp.sinergi.events.queue.TicketCheckedIn;
import id.go.mpp.sinergi.queue.store.Booking;
import id.go.mpp.sinergi.queue.store.Ticket;

import java.time.Instant;
import java.time.LocalDate;

/** The events queue-service publishes (through the outbox) for a booking's changes, keyed by its visit id. */
public final class BookingEvents {

    private BookingEvents() {
    }

    public static BookingCreated created(Booking b) {
        return new BookingCreated(b.visitId.toString(), b.id.toString(), b.code, b.mppCode, b.agencyCode,
                b.serviceCode, b.citizenId, b.serviceDate, b.slotStartsAt, b.slotEndsAt, b.confirmBy, b.createdAt);
    }

    public static BookingConfirmed confirmed(Booking b) {
        return new BookingConfirmed(b.visitId.toString(), b.id.toString(), b.code, b.mppCode, b.agencyCode,
                b.serviceCode, b.serviceDate, b.slotStartsAt, b.confirmedAt);
    }

    public static BookingRescheduled rescheduled(Booking b, LocalDate previousDay, Instant previousStart, Instant at) {
        return new BookingRescheduled(b.visitId.toString(), b.id.toString(), b.code, b.mppCode, b.agencyCode,
                b.serviceCode, previousDay, previousStart, b.serviceDate, b.slotStartsAt, b.slotEndsAt, at);
    }

    public static BookingCancelled cancelled(Booking b, String by) {
        return new BookingCancelled(b.visitId.toString(), b.id.toString(), b.code, b.mppCode, b.agencyCode,
                b.serviceCode, b.serviceDate, b.slotStartsAt, by, b.closedAt, b.cancelReason);
    }

    public static BookingExpired expired(Booking b) {
        return new BookingExpired(b.visitId.toString(), b.id.toString(), b.code, b.mppCode, b.agencyCode,
                b.serviceCode, b.serviceDate, b.slotStartsAt, b.closedAt);
    }

    public static TicketCheckedIn checkedIn(Booking b, Ticket t, boolean late) {
        return new TicketCheckedIn(t.visitId.toString(), t.id.toString(), t.number, b.id.toString(), b.code,
                t.mppCode, t.agencyCode, t.serviceCode, t.citizenId, b.slotStartsAt, b.closedAt, late);
    }
}
