package id.go.mpp.sinergi.testing.architecture.broken.queue.api;

import id.go.mpp.sinergi.testing.architecture.broken.queue.store.TicketRows;

/** Breaks "api reaches store only through app": a resource that holds the store itself. */
public class TicketResource {
    TicketRows rows;
}
