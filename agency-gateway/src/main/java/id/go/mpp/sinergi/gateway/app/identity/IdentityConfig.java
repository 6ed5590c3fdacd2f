package id.go.mpp.sinergi.gateway.app.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Identity verification at Dukcapil ({@code sinergi.identity.*}). */
@ConfigMapping(prefix = "sinergi.identity")
public interface IdentityConfig {

    /**
     * The secret key of the NIK pseudonyms in events (HMAC-SHA256). The same key everywhere the platform runs, kept
     * like a password: whoever holds it can test a guessed NIK against a pseudonym.
     */
    Optional<String> pseudonymKey();

    /**
     * How long a request for a visit the gateway has not heard of waits for the queue's event (a kiosk asks right
     * after it issued the ticket) before it is answered 404.
     */
    @WithDefault("3s")
    Duration unknownVisitWait();
}
