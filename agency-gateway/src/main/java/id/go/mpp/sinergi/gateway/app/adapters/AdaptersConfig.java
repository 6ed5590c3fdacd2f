package id.go.mpp.sinergi.gateway.app.adapters;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/**
 * The agency adapters' settings, per agency code: {@code sinergi.adapters.<agencyCode>.enabled=true}, how the gateway
 * calls it, and the adapter's own settings under {@code sinergi.adapters.<agencyCode>.settings.*}.
 */
@ConfigMapping(prefix = "sinergi.adapters")
public interface AdaptersConfig {

    @WithParentName
    Map<String, Adapter> agencies();

    interface Adapter {

        /** An adapter on the class path does nothing until it is switched on. */
        @WithDefault("false")
        boolean enabled();

        /** Calls in flight to the agency at once (the bulkhead): what its system is known to bear. */
        @WithDefault("16")
        int concurrency();

        /** Longest wait for one call. */
        @WithDefault("5s")
        Duration timeout();

        /** Quick retries of one attempt inside the guard (exponential backoff with jitter) before it counts as failed. */
        @WithDefault("2")
        int quickRetries();

        /** Failed attempts after which a request goes to the dead-letter list. */
        @WithDefault("15")
        int maxAttempts();

        /** Wait before the second attempt; it doubles per attempt (with jitter) up to {@link #maxBackoff()}. */
        @WithDefault("2s")
        Duration firstBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** Failure ratio over the last {@link #breakerWindow()} calls that opens the circuit breaker. */
        @WithDefault("0.5")
        double breakerFailureRatio();

        @WithDefault("20")
        int breakerWindow();

        /** How long an open breaker keeps calls away from the agency before one probe is let through. */
        @WithDefault("5s")
        Duration breakerDelay();

        /** The adapter's own settings (URLs, credentials …), handed to it as they are. */
        Map<String, String> settings();
    }
}
