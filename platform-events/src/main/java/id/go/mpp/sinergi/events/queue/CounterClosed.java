package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * An officer closed a counter. Tickets it had parked go back to their queue.
 *
 * @param counterId {@code mppCode/counterCode}, the aggregate and Kafka key
 */
@EventType(value = "id.go.mpp.queue.counter-closed.v1", topic = Topics.QUEUE_COUNTERS)
public record CounterClosed(
        String counterId,
        String mppCode,
        String agencyCode,
        String counterCode,
        String officerId,
        Instant openedAt,
        Instant closedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return counterId;
    }

    @Override
    public String subject() {
        return counterId;
    }
}
