package id.go.mpp.sinergi.messaging.outbox;

import id.go.mpp.sinergi.messaging.testapp.ParcelMoved;
import id.go.mpp.sinergi.messaging.testapp.Parcels;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = "sinergi.test.parcels.v1,sinergi.test.consumed.v1"))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class OutboxRelayTests {

    @Inject
    Parcels parcels;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereCommitted() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(run(parcels.create("owner-" + i)));
        }
        // Three parcels moved concurrently, 15 steps each.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Void>> moves = ids.stream().map(id -> CompletableFuture.runAsync(() -> {
                for (int step = 1; step <= 15; step++) {
                    run(parcels.move(id, step));
                }
            }, pool)).toList();
            CompletableFuture.allOf(moves.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), ParcelMoved.TOPIC)) {
            Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
            List<ReceivedEvent> events = reader.await(e -> wanted.contains(e.key()), 48, Duration.ofSeconds(30));
            Map<String, List<Integer>> sequences = new LinkedHashMap<>();
            for (ReceivedEvent event : events) {
                sequences.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event.json().get("sequence").asInt());
            }
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(0, 15).boxed().toList();
            for (UUID id : ids) {
                assertThat(sequences.get(id.toString())).as("events of parcel %s", id).isEqualTo(expected);
            }
            ReceivedEvent first = events.get(0);
            assertThat(first.specVersion()).isEqualTo("1.0");
            assertThat(first.type()).isEqualTo("id.go.mpp.test.parcel-moved.v1");
            assertThat(first.source()).isEqualTo("/sinergi/platform-messaging-test");
            assertThat(first.subject()).isEqualTo(first.key());
            assertThat(Instant.parse(first.time())).isBefore(Instant.now());
            assertThat(first.contentType()).isEqualTo("application/json");
        }
    }

    @Test
    void anEventLeavesWithinMillisecondsOfTheCommitWithoutWaitingForThePoll() {
        // The test profile polls only every 30 s: a fast arrival proves the relay woke on the commit.
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), ParcelMoved.TOPIC)) {
            reader.drain(e -> true, Duration.ofMillis(500));
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                UUID id = run(parcels.create("fast-" + i));
                reader.await(e -> id.toString().equals(e.key()), 1, Duration.ofSeconds(10));
                latencies.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
            latencies.sort(null);
            assertThat(latencies.get(2)).as("median commit-to-consumer latency in ms, all: %s", latencies)
                    .isLessThan(1_000);
        }
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        UUID id = run(parcels.create("rollback"));
        assertThatThrownBy(() -> run(parcels.moveThenFail(id))).hasMessageContaining("business rule failed");
        run(parcels.move(id, 1));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), ParcelMoved.TOPIC)) {
            List<ReceivedEvent> events = reader.await(e -> id.toString().equals(e.key()), 2, Duration.ofSeconds(10));
            assertThat(events).extracting(e -> e.json().get("status").asText()).containsExactly("s0", "s1");
        }
    }

    @Test
    void addingAnEventOutsideATransactionIsRefused() {
        UUID id = run(parcels.create("no-tx"));
        assertThatThrownBy(() -> run(parcels.addWithoutTransaction(id)))
                .hasMessageContaining("must run inside a transaction");
    }

    @Test
    void whileTheBrokerIsDownWritesCommitAndRowsWaitThenEachIsPublishedExactlyOnce() throws Exception {
        var broker = KafkaTestResource.broker();
        List<UUID> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 10; i++) {
                ids.add(run(parcels.create("outage-" + i)));
            }
            Thread.sleep(1_500);
            assertThat(pendingRows(ids)).as("rows waiting in the outbox while Kafka is down").isEqualTo(10);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(pendingRows(ids)).isZero());
        try (TopicReader reader = TopicReader.fromBeginning(broker.bootstrapServers(), ParcelMoved.TOPIC)) {
            Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
            List<ReceivedEvent> received = reader.await(e -> wanted.contains(e.key()), 10, Duration.ofSeconds(30));
            received = reader.drain(e -> wanted.contains(e.key()), Duration.ofSeconds(1));
            Set<String> uniqueIds = received.stream().map(ReceivedEvent::id).collect(Collectors.toSet());
            assertThat(uniqueIds).as("distinct event ids after de-duplication").hasSize(10);
            assertThat(received.stream().map(ReceivedEvent::key).collect(Collectors.toSet())).isEqualTo(wanted);
        }
    }

    @Test
    void twoRelayInstancesSideBySideNeitherDuplicateNorReorder() throws Exception {
        // A second instance of the same service: its own publisher on the same database.
        OutboxPublisher second = new OutboxPublisher(dataSource, () -> new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer()),
                "/sinergi/platform-messaging-test", 3, Duration.ofSeconds(10), java.time.Clock.systemUTC(),
                OutboxPublisher.Listener.NONE);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread secondRelay = new Thread(() -> {
            while (running.get()) {
                try {
                    second.drain();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        secondRelay.start();
        List<UUID> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                ids.add(run(parcels.create("twin-" + i)));
            }
            for (int step = 1; step <= 10; step++) {
                for (UUID id : ids) {
                    run(parcels.move(id, step));
                }
            }
        } finally {
            running.set(false);
            secondRelay.join(10_000);
            second.close();
        }

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), ParcelMoved.TOPIC)) {
            Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
            reader.await(e -> wanted.contains(e.key()), 44, Duration.ofSeconds(30));
            List<ReceivedEvent> all = reader.drain(e -> wanted.contains(e.key()), Duration.ofSeconds(1));
            assertThat(all).as("no event published twice").hasSize(44);
            assertThat(new HashSet<>(all.stream().map(ReceivedEvent::id).toList())).hasSize(44);
            for (UUID id : ids) {
                List<Integer> sequence = all.stream().filter(e -> e.key().equals(id.toString()))
                        .map(e -> e.json().get("sequence").asInt()).toList();
                assertThat(sequence).isEqualTo(java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
            }
        }
    }

    private long pendingRows(List<UUID> ids) throws Exception {
        String keys = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_event where published_at is null and aggregate_id in (" + keys + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a (lazily built) Uni on a Vert.x context, as a request would, and waits for it. */
    static <T> T run(Uni<T> uni) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> uni);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
