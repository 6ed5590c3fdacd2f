package id.go.mpp.sinergi.events.queue;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * An officer opened a counter (loket) and starts calling tickets for the services it serves.
 *
 * @param counterId {@code mppCode/counterCode}, the aggregate and Kafka key
 */
@EventType(value = "id.go.mpp.queue.counter-opened.v1", topic = Topics.QUEUE_COUNTERS)
public record CounterOpened(
        String counterId,
        String mppCode,
        String agencyCode,
        String counterCode,
        String counterName,
        List<String> serviceCodes,
        String officerId,
        Instant openedAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return counterId;
    }

    @Override
    public String subject() {
        return counterId;
    }
}
