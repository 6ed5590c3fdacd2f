package id.go.mpp.sinergi.testing;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.SinergiEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes records the way another service's outbox relay does (CloudEvents binary mode), so a consumer
 * can be tested alone, including redeliveries (same event id twice) and poison messages.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Publishes {@code event} with a new event id; returns the id. */
    public String publish(SinergiEvent event) {
        String id = UUID.randomUUID().toString();
        publish(event, id);
        return id;
    }

    /** Publishes {@code event} with the given event id (use the same id twice to simulate a redelivery). */
    public void publish(SinergiEvent event, String eventId) {
        Class<? extends SinergiEvent> type = event.getClass();
        publishRaw(EventCatalog.topicOf(type), event.aggregateId(), EventJson.write(event), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", EventCatalog.typeOf(type),
                "ce_source", "/sinergi/test",
                "ce_subject", event.subject(),
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** Publishes anything, e.g. a poison message. */
    public void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot publish to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
