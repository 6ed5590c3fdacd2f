package id.go.mpp.sinergi.bench.ikm;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** The broker's side: partitions and end offsets of a topic, a consumer group's lag, and a plain read of a topic. */
final class Kafka implements AutoCloseable {

    /** One read of a whole topic: records, their key and value bytes, and the wall time. */
    record Read(String topic, long records, long bytes, double seconds) {
        double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }

        static Read both(Read a, Read b) {
            return new Read(a.topic + " + " + b.topic, a.records + b.records, a.bytes + b.bytes, a.seconds + b.seconds);
        }

        String summary() {
            return String.format("%,d records, %,.1f MB in %.2f s: %,.0f records/s (%,.1f MB/s)", records,
                    bytes / 1e6, seconds, perSecond(), bytes / 1e6 / Math.max(seconds, 1e-9));
        }
    }

    private final String bootstrap;
    private final Admin admin;

    Kafka(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    String bootstrap() {
        return bootstrap;
    }

    List<TopicPartition> partitions(String topic) throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicPartition p : partitions(topic)) {
            latest.put(p, OffsetSpec.latest());
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e
                : admin.listOffsets(latest).all().get().entrySet()) {
            end.put(e.getKey(), e.getValue().offset());
        }
        return end;
    }

    long records(String topic) throws ExecutionException, InterruptedException {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The group's committed offsets on the topic's partitions (absent: none committed). */
    Map<TopicPartition, Long> committed(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get().entrySet()) {
            if (e.getKey().topic().equals(topic) && e.getValue() != null) {
                committed.put(e.getKey(), e.getValue().offset());
            }
        }
        return committed;
    }

    /** Records of the topic the group has not committed yet. */
    long lag(String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> committed = committed(group, topic);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : endOffsets(topic).entrySet()) {
            lag += e.getValue() - committed.getOrDefault(e.getKey(), 0L);
        }
        return lag;
    }

    /** Members of a consumer group (0 when none is running). */
    int members(String group) throws ExecutionException, InterruptedException {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().size();
    }

    /** Commits the group's offsets of the topic to the given ones (only while the group has no members). */
    void moveGroup(String group, Map<TopicPartition, Long> offsets) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> to = new HashMap<>();
        offsets.forEach((p, o) -> to.put(p, new OffsetAndMetadata(o)));
        admin.alterConsumerGroupOffsets(group, to).all().get();
    }

    /**
     * Reads the topic from its beginning to its end offsets of now with the plain consumer API, values deserialised
     * as strings, no group, nothing committed: the settings survey-service's replay uses (TopicHistory).
     */
    Read readAll(String topic) {
        long t0 = System.nanoTime();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        long records = 0;
        long bytes = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(30)) >= e.getValue());
            consumer.pause(partitions.stream().filter(p -> !end.containsKey(p)).toList());
            while (!end.isEmpty()) {
                ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : polled) {
                    Long last = end.get(new TopicPartition(r.topic(), r.partition()));
                    if (last == null || r.offset() >= last) {
                        continue;
                    }
                    records++;
                    bytes += Math.max(0, r.serializedKeySize()) + Math.max(0, r.serializedValueSize());
                }
                for (TopicPartition p : List.copyOf(end.keySet())) {
                    if (consumer.position(p) >= end.get(p)) {
                        end.remove(p);
                        consumer.pause(List.of(p));
                    }
                }
            }
        }
        return new Read(topic, records, bytes, (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
