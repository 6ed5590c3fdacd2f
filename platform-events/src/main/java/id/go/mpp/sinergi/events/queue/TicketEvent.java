package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.SinergiEvent;

/** An event of one ticket (one step of a visit): keyed by its visit, about its ticket. */
public interface TicketEvent extends SinergiEvent {

    String visitId();

    String ticketId();

    /** The visit: all steps of a visit land on one partition, in order. */
    @Override
    default String aggregateId() {
        return visitId();
    }

    @Override
    default String subject() {
        return ticketId();
    }
}
