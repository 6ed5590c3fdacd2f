package id.go.mpp.sinergi.testing.architecture.broken.queue.store;

/** A store class, reached directly by {@code api.TicketResource}. */
public class TicketRows {
}
