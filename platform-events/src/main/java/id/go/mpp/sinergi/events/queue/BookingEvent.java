package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.SinergiEvent;

/** An event of one booking: keyed by the visit it becomes at check-in, about the booking. */
public interface BookingEvent extends SinergiEvent {

    String visitId();

    String bookingId();

    /** The visit the booking becomes, so its events and the visit's keep one order. */
    @Override
    default String aggregateId() {
        return visitId();
    }

    @Override
    default String subject() {
        return bookingId();
    }
}
