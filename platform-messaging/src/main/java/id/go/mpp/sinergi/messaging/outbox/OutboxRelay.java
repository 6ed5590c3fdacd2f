package id.go.mpp.sinergi.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@link OutboxPublisher} on its own thread. It LISTENs on the {@code sinergi_outbox} channel
 * (notified by a trigger when a transaction that wrote outbox rows commits), so an event normally leaves
 * within milliseconds of the commit; it also looks every {@code sinergi.outbox.poll-interval} in case a
 * notification was missed (e.g. while reconnecting). While Kafka or PostgreSQL is unavailable it retries
 * with a growing pause; rows wait in the outbox meanwhile.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String applicationName;
    private final Counter publishedCounter;
    private final Counter failureCounter;
    private final Timer lagTimer;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection listenConnection;
    private OutboxPublisher publisher;
    private final Clock clock;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, MeterRegistry registry, Clock clock,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
        this.publishedCounter = Counter.builder("sinergi.outbox.published")
                .description("Outbox rows published to Kafka").register(registry);
        this.failureCounter = Counter.builder("sinergi.outbox.publish.failures")
                .description("Outbox batches Kafka did not acknowledge (retried)").register(registry);
        this.lagTimer = Timer.builder("sinergi.outbox.lag")
                .description("Time from writing an outbox row to its publication (oldest row of each batch)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled (sinergi.outbox.enabled=false)");
            return;
        }
        String source = config.source().orElse("/sinergi/" + applicationName);
        publisher = new OutboxPublisher(dataSource, this::createProducer, source, config.batchSize(),
                config.deliveryTimeout().plusSeconds(5), clock, (count, lag) -> {
                    publishedCounter.increment(count);
                    lagTimer.record(lag.isNegative() ? Duration.ZERO : lag);
                });
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    private void run() {
        long backoffMillis = 0;
        long lastCleanup = 0;
        while (running) {
            try (Connection listen = dataSource.getConnection()) {
                listenConnection = listen;
                try (Statement statement = listen.createStatement()) {
                    statement.execute("LISTEN sinergi_outbox");
                }
                PGConnection pg = listen.unwrap(PGConnection.class);
                while (running) {
                    try {
                        publisher.drain();
                        backoffMillis = 0;
                    } catch (OutboxPublisher.PublishFailedException e) {
                        failureCounter.increment();
                        backoffMillis = nextBackoff(backoffMillis);
                        LOG.warnf("Outbox relay: %s; retrying in %d ms", e.getMessage(), backoffMillis);
                        pause(backoffMillis);
                        continue;
                    }
                    if (clock.millis() - lastCleanup > Duration.ofHours(1).toMillis()) {
                        int deleted = publisher.deletePublishedBefore(config.retention());
                        lastCleanup = clock.millis();
                        if (deleted > 0) {
                            LOG.infof("Outbox relay: deleted %d rows published more than %s ago", deleted, config.retention());
                        }
                    }
                    // Blocks until a commit notifies us or the poll interval passes.
                    pg.getNotifications((int) Math.max(1, config.pollInterval().toMillis()));
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                backoffMillis = nextBackoff(backoffMillis);
                LOG.warnf("Outbox relay: database unavailable (%s); retrying in %d ms", e.getMessage(), backoffMillis);
                pause(backoffMillis);
            } finally {
                listenConnection = null;
            }
        }
    }

    private long nextBackoff(long current) {
        return Math.min(Math.max(current * 2, 100), config.maxBackoff().toMillis());
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = running && !Thread.currentThread().isInterrupted();
        }
    }

    private Producer<String, String> createProducer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.deliveryTimeout().toMillis(), 10_000));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.deliveryTimeout().toMillis());
        props.putAll(config.producer());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
