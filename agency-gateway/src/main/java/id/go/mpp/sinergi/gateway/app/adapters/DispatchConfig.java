package id.go.mpp.sinergi.gateway.app.adapters;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway sends persisted requests to agency systems ({@code sinergi.agency-dispatch.*}). */
@ConfigMapping(prefix = "sinergi.agency-dispatch")
public interface DispatchConfig {

    /** Run the dispatcher in this instance. */
    @WithDefault("true")
    boolean enabled();

    /** Longest wait before due requests are looked for (new requests wake the dispatcher at once). */
    @WithDefault("250ms")
    Duration interval();

    /** How long a claimed request belongs to this instance before another may take it over (it died mid-call). */
    @WithDefault("2m")
    Duration lease();
}
