package id.go.mpp.sinergi.adapter.spi;

import java.util.List;

/**
 * An agency's system as the gateway sees it. An implementation is plain Java, registered in
 * {@code META-INF/services/id.go.mpp.sinergi.adapter.spi.AgencyAdapter} and switched on by configuration
 * ({@code sinergi.adapters.<agencyCode>.enabled=true} with its settings under the same prefix): a new agency plugs in
 * by adding a jar, without changing any service.
 *
 * <p>The gateway persists every {@link AgencyRequest} in the same transaction as what caused it, then calls
 * {@link #send} with a timeout, retries with backoff and jitter, a circuit breaker and a concurrency limit per agency,
 * and marks the request done only when {@link #send} returns. What the agency answered goes out as the reply's
 * events through the gateway's outbox and is written to the message log.
 */
public interface AgencyAdapter {

    /** Who this adapter speaks for and what it does. Called once, before {@link #start}. */
    AdapterDescriptor descriptor();

    /** Receives the adapter's settings and the gateway's clock once, before any other call. */
    void start(AdapterContext context);

    /**
     * The requests to make of the agency because of an event of a type in {@link AdapterDescriptor#reactsTo()}
     * (none when it does not concern the agency). No I/O: it runs inside the gateway's transaction.
     */
    default List<AgencyRequest> requestsFor(IncomingEvent event) {
        return List.of();
    }

    /**
     * Makes one request of the agency's system. Runs on a worker thread. Return the outcome the agency gave; throw
     * (any exception) when the system could not be reached or answered nothing usable — the gateway retries.
     * Must be safe to repeat with the same {@link AgencyRequest#idempotencyKey()}.
     */
    AgencyReply send(AgencyRequest request) throws Exception;

    /**
     * Something the agency's system sent the gateway on its own (a status callback, a webhook), already read as raw
     * bytes; the adapter checks its signature and says what it means.
     */
    default InboundReply receive(InboundCall call) {
        return InboundReply.refused(404, "this adapter takes no callbacks");
    }

    /** A cheap look at whether the agency's system answers. May block briefly; never throws. */
    default AdapterHealth probe() {
        return AdapterHealth.unknown("no probe");
    }
}
