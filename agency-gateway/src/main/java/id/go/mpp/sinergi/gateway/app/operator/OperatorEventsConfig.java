package id.go.mpp.sinergi.gateway.app.operator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The operator event stream ({@code GET /api/v1/operator/events}). */
@ConfigMapping(prefix = "sinergi.gateway.operator-events")
public interface OperatorEventsConfig {

    /** How often an idle stream gets a comment line, so that proxies and browsers keep it open. */
    @WithDefault("15s")
    Duration ping();

    /**
     * Events held for one watcher whose connection is slower than the events come; past that, new events are
     * dropped for that watcher (and counted), so one slow browser never holds up the others or the consumer.
     */
    @WithDefault("256")
    int buffer();
}
