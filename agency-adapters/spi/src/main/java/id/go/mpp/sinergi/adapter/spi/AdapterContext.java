package id.go.mpp.sinergi.adapter.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the gateway gives an adapter when it starts.
 *
 * @param settings the adapter's settings: every {@code sinergi.adapters.<agencyCode>.<name>} property, by {@code name}
 * @param clock    the only clock an adapter may read
 * @param timeout  how long the gateway waits for one {@link AgencyAdapter#send}; an adapter's own HTTP timeouts
 *                 should be a little shorter
 */
public record AdapterContext(Map<String, String> settings, Clock clock, Duration timeout) {

    public AdapterContext {
        settings = Map.copyOf(settings);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name)).filter(value -> !value.isBlank());
    }

    /** A setting the adapter cannot work without. */
    public String required(String name) {
        return setting(name).orElseThrow(() -> new IllegalStateException("missing adapter setting " + name));
    }
}
