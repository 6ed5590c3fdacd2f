package id.go.mpp.sinergi.survey.messaging.replay;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.SinergiEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A topic's whole history as it stands now: every record from the beginning of each partition up to its end at the
 * moment of the call, read with the plain consumer API (no group, nothing committed), in batches. Blocking: call it
 * from a worker thread.
 */
@ApplicationScoped
public class TopicHistory {

    private static final Logger LOG = Logger.getLogger(TopicHistory.class);

    /** One CloudEvent of the history, with its id (events are applied once per id). */
    public record Replayed(String eventId, SinergiEvent event) {
    }

    private final String bootstrapServers;

    public TopicHistory(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reads {@code topic} from its beginning to its current end, handing the events of {@code types} to
     * {@code batches} (in offset order within a partition); records of other types or unreadable ones are skipped.
     *
     * @return how many records were read (of any type)
     */
    public long replay(String topic, Set<Class<? extends SinergiEvent>> types, int batchSize,
                       Consumer<List<Replayed>> batches) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(Math.max(batchSize, 500)),
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(30)) >= e.getValue());
            consumer.pause(partitions.stream().filter(p -> !end.containsKey(p)).toList());
            long read = 0;
            List<Replayed> batch = new ArrayList<>(batchSize);
            while (!end.isEmpty()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long last = end.get(partition);
                    if (last == null || record.offset() >= last) {
                        continue;
                    }
                    read++;
                    Replayed event = read(record, types);
                    if (event != null) {
                        batch.add(event);
                        if (batch.size() >= batchSize) {
                            batches.accept(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
                for (TopicPartition partition : List.copyOf(end.keySet())) {
                    if (consumer.position(partition) >= end.get(partition)) {
                        end.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
            return read;
        }
    }

    private static Replayed read(ConsumerRecord<String, String> record, Set<Class<? extends SinergiEvent>> types) {
        String type = header(record, "ce_type");
        String id = header(record, "ce_id");
        if (type == null || id == null || record.value() == null
                || EventCatalog.classOf(type).filter(types::contains).isEmpty()) {
            return null;
        }
        try {
            return new Replayed(id, EventJson.read(record.value(), type));
        } catch (EventJson.InvalidEventException e) {
            LOG.warnf("Replay of %s skips an unreadable %s at %d/%d: %s", record.topic(), type, record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
