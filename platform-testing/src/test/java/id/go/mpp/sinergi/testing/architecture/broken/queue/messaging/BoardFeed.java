package id.go.mpp.sinergi.testing.architecture.broken.queue.messaging;

import id.go.mpp.sinergi.testing.architecture.broken.queue.api.TicketResource;

/** Breaks "messaging never imports api": a consumer that calls a resource. */
public class BoardFeed {
    TicketResource resource;
}
