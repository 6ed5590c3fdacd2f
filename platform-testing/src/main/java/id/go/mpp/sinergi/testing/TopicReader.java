package id.go.mpp.sinergi.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads CloudEvents off topics in tests, from the beginning, with its own consumer group. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ReceivedEvent> received = new ArrayList<>();

    private TopicReader(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
    }

    public static TopicReader fromBeginning(String bootstrapServers, String... topics) {
        return new TopicReader(bootstrapServers, List.of(topics));
    }

    /** Polls until at least {@code count} received events match, or fails after {@code timeout}. */
    public List<ReceivedEvent> await(Predicate<ReceivedEvent> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceivedEvent> matching = matching(filter);
        while (matching.size() < count && System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(200));
            matching = matching(filter);
        }
        if (matching.size() < count) {
            throw new AssertionError("Expected " + count + " matching events within " + timeout + " but got "
                    + matching.size() + "; all received: " + received);
        }
        return matching;
    }

    /** Everything that arrives within {@code window} (for "nothing more arrived" checks). */
    public List<ReceivedEvent> drain(Predicate<ReceivedEvent> filter, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(200));
        }
        return matching(filter);
    }

    private void pollOnce(Duration wait) {
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new ReceivedEvent(record.topic(), record.partition(), record.offset(), record.key(), headers,
                    record.value()));
        }
    }

    private List<ReceivedEvent> matching(Predicate<ReceivedEvent> filter) {
        return received.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
