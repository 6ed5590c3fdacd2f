package id.go.mpp.sinergi.testing;

import id.go.mpp.sinergi.events.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts one real Kafka broker per test JVM and points the application at it. Topics named in the
 * {@code topics} init argument (comma separated) are created with 3 partitions.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka broker;
    private List<String> topics = List.of();

    /** The broker shared by every test in this JVM, started on first use. */
    public static synchronized EmbeddedKafka broker() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kafka-");
                broker = new EmbeddedKafka(dir.resolve("data")).start();
                EmbeddedKafka started = broker;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-kafka-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault("topics", "");
        topics = names.isBlank() ? List.of() : List.of(names.split("\\s*,\\s*"));
    }

    @Override
    public Map<String, String> start() {
        EmbeddedKafka kafka = broker();
        if (!kafka.isRunning()) {
            kafka.start();
        }
        kafka.createTopics(topics, 3);
        // Created ahead, as ./sinergi up does, so that they carry their retention instead of the broker's default.
        kafka.createTopics(Topics.DEAD_LETTER, 1);
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.kafka.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The broker lives for the whole JVM so that test classes do not pay for a restart.
    }
}
