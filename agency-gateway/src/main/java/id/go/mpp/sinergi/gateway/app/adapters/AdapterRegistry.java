package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The agency adapters on the class path ({@link ServiceLoader}), and the lanes of those switched on by configuration.
 * A new agency plugs in as a jar with a {@code META-INF/services/id.go.mpp.sinergi.adapter.spi.AgencyAdapter} entry and
 * its {@code sinergi.adapters.<agencyCode>.*} settings: nothing else changes.
 */
@ApplicationScoped
public class AdapterRegistry {

    private static final Logger LOG = Logger.getLogger(AdapterRegistry.class);

    private final AdaptersConfig config;
    private final Clock clock;
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final Map<String, AgencyAdapter> available = new LinkedHashMap<>();

    public AdapterRegistry(AdaptersConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        load();
    }

    void stop(@Observes ShutdownEvent stopping) {
        lanes.values().forEach(Lane::shutdown);
    }

    synchronized void load() {
        if (!available.isEmpty()) {
            return;
        }
        for (AgencyAdapter adapter : ServiceLoader.load(AgencyAdapter.class, AgencyAdapter.class.getClassLoader())) {
            String agency = adapter.descriptor().agencyCode();
            available.put(agency, adapter);
            AdaptersConfig.Adapter settings = config.agencies().get(agency);
            if (settings == null || !settings.enabled()) {
                LOG.infof("Agency adapter %s (%s) is on the class path but not enabled", agency,
                        adapter.descriptor().system());
                continue;
            }
            adapter.start(new AdapterContext(settings.settings(), clock, settings.timeout()));
            lanes.put(agency, new Lane(adapter, settings, clock));
            LOG.infof("Agency adapter %s (%s) enabled: reacts to %s, offers %s, %d calls at once", agency,
                    adapter.descriptor().system(), adapter.descriptor().reactsTo(), adapter.descriptor().operations(),
                    settings.concurrency());
        }
        config.agencies().forEach((agency, settings) -> {
            if (settings.enabled() && !available.containsKey(agency)) {
                LOG.warnf("sinergi.adapters.%s.enabled=true, but no adapter for %s is on the class path", agency,
                        agency);
            }
        });
    }

    public Collection<Lane> lanes() {
        load();
        return lanes.values();
    }

    public Optional<Lane> lane(String agencyCode) {
        load();
        return Optional.ofNullable(lanes.get(agencyCode));
    }

    /** The enabled adapter offering {@code operation}, if any. */
    public Optional<Lane> offering(String operation) {
        return lanes().stream().filter(lane -> lane.adapter().descriptor().operations().contains(operation))
                .findFirst();
    }

    /** Enabled lanes whose adapter reacts to events of {@code type}. */
    public List<Lane> reactingTo(String type) {
        return lanes().stream().filter(lane -> lane.adapter().descriptor().reactsTo().contains(type)).toList();
    }

    /** Every adapter on the class path, enabled or not. */
    public Map<String, AgencyAdapter> available() {
        load();
        return Map.copyOf(available);
    }
}
