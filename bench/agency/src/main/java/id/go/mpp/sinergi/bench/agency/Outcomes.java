package id.go.mpp.sinergi.bench.agency;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outcomes as the rest of the platform sees them: a plain consumer of {@code sinergi.agency.exchanges.v1} (no
 * group, from the end offsets at the bench's start) that notes, per verification id, when the bench received its
 * {@code identity-verified} event ({@link System#nanoTime()}, the clock the senders use), its outcome, and how many
 * events it had (more than one: a duplicate).
 */
final class Outcomes implements AutoCloseable {

    static final String TOPIC = "sinergi.agency.exchanges.v1";
    static final String TYPE = "id.go.mpp.agency.identity-verified.v1";

    record Outcome(long receivedNanos, long kafkaTimestampMillis, String outcome, String verifiedAt) {
    }

    private final Map<String, Outcome> first = new ConcurrentHashMap<>();
    private final Map<String, Integer> extra = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    Outcomes(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30)));
        poller = new Thread(this::poll, "outcomes");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (running) {
            try {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header type = r.headers().lastHeader("ce_type");
                    if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        continue;
                    }
                    events.incrementAndGet();
                    JsonNode data = Visits.JSON.readTree(r.value());
                    String id = data.path("verificationId").asText();
                    Outcome o = new Outcome(now, r.timestamp(), data.path("outcome").asText(),
                            data.path("verifiedAt").asText(null));
                    if (first.putIfAbsent(id, o) != null) {
                        extra.merge(id, 1, Integer::sum);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (Exception e) {
                System.out.println("  (outcome consumer: " + e + ")");
            }
        }
    }

    Outcome of(String verificationId) {
        return first.get(verificationId);
    }

    /** Verifications among {@code ids} that had more than one event. */
    long duplicated(Iterable<String> ids) {
        long n = 0;
        for (String id : ids) {
            if (extra.containsKey(id)) {
                n++;
            }
        }
        return n;
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
