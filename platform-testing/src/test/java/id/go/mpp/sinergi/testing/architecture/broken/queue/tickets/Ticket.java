package id.go.mpp.sinergi.testing.architecture.broken.queue.tickets;

import id.go.mpp.sinergi.testing.architecture.broken.queue.counters.Counter;

/** Breaks "no package cycles", with {@code counters.Counter}: tickets → counters → tickets. */
public class Ticket {
    Counter calledAt;
}
