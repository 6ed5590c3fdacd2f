package id.go.mpp.sinergi.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Settings of the outbox relay ({@code sinergi.outbox.*}). */
@ConfigMapping(prefix = "sinergi.outbox")
public interface OutboxConfig {

    /** Run the relay in this instance. */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * Longest wait between two looks at the outbox when no notification arrives (a safety net: the relay
     * normally wakes on the commit notification).
     */
    @WithDefault("2s")
    Duration pollInterval();

    /** Time Kafka may take to acknowledge a record before the batch is retried. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** Longest pause between retries while Kafka or PostgreSQL is unavailable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long published rows are kept (for audit and replay) before they are deleted. */
    @WithDefault("7d")
    Duration retention();

    /** CloudEvents {@code source}; defaults to {@code /sinergi/<quarkus.application.name>}. */
    java.util.Optional<String> source();

    /** Extra Kafka producer properties. */
    Map<String, String> producer();
}
