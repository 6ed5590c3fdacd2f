package id.go.mpp.sinergi.testing.architecture.broken.queue.counters;

import id.go.mpp.sinergi.testing.architecture.broken.queue.tickets.Ticket;

/** The other half of the cycle with {@code tickets.Ticket}. */
public class Counter {
    Ticket serving;
}
