package id.go.mpp.sinergi.adapter.spi;

import id.go.mpp.sinergi.events.SinergiEvent;

/**
 * A platform event offered to an adapter.
 *
 * @param id   CloudEvents id: a request derived from it should take it into its idempotency key
 * @param type CloudEvents type
 * @param data the event, one of the records of {@code platform-events}
 */
public record IncomingEvent(String id, String type, SinergiEvent data) {
}
