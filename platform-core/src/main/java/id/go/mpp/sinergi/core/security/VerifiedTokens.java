package id.go.mpp.sinergi.core.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bearer tokens this instance has already verified, with the identity quarkus-oidc built for them.
 *
 * <p>Why: a citizen's app sends the same access token with every call (slots, then the booking, then its status),
 * and verifying it again each time — decoding the JWT, parsing its JSON, checking the RS256 signature and the
 * claims, building the identity — was the largest single cost of a refused booking in the quota rush (see
 * bench/quota-rush/README.md). The cache answers a token that is byte-for-byte one that passed verification here,
 * until the token expires or {@link Config#maxAge()} has passed, whichever is first. A token that failed is never
 * remembered, so it is verified (and refused) each time.
 *
 * <p>"Now" is the injected {@link Clock}'s (the system clock outside tests), compared with the token's {@code exp}.
 *
 * <p>What it gives up: when the realm's signing key is withdrawn, a token signed with it keeps working here for at
 * most {@code max-age} (quarkus-oidc's local JWT verification never consults revocation, so logout was already
 * not seen before expiry). {@code sinergi.security.token-cache.max-age=0} turns the cache off.
 */
@ApplicationScoped
public class VerifiedTokens {

    @ConfigMapping(prefix = "sinergi.security.token-cache")
    public interface Config {

        /** How long a verified token is answered from memory (never past its {@code exp}); 0 = no cache. */
        @WithDefault("5m")
        Duration maxAge();

        /** Tokens kept at most; past that, Caffeine drops those least likely to be used again (W-TinyLFU). */
        @WithDefault("10000")
        int maxEntries();
    }

    /** {@code until}: epoch milliseconds, the earlier of the token's {@code exp} and max-age after verification. */
    private record Entry(SecurityIdentity identity, long until) {
    }

    /**
     * The identity attribute under which quarkus-oidc keeps the request that was authenticated;
     * {@link VerifiedTokenMechanism} puts each later request's own there.
     */
    static final String REQUEST_ATTRIBUTE = RoutingContext.class.getName();

    private final Cache<String, Entry> entries;
    private final LongAdder answered = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final long maxAgeMillis;
    private final Clock clock;

    @Inject
    public VerifiedTokens(Config config, MeterRegistry registry, Clock clock) {
        this(config, clock);
        Gauge.builder("sinergi.security.token-cache.size", this, VerifiedTokens::size)
                .description("Verified bearer tokens remembered").register(registry);
        FunctionCounter.builder("sinergi.security.token-cache.answered", this, VerifiedTokens::answered)
                .description("Requests authenticated from remembered tokens (not verified again)").register(registry);
        FunctionCounter.builder("sinergi.security.token-cache.dropped", this, VerifiedTokens::dropped)
                .description("Remembered tokens dropped to make room for new ones").register(registry);
    }

    VerifiedTokens(Config config, Clock clock) {
        this.maxAgeMillis = config.maxAge().toMillis();
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(enabled() ? config.maxEntries() : 0)
                .expireAfter(Expiry.creating((String token, Entry entry) ->
                        Duration.ofMillis(Math.max(0, entry.until - clock.millis()))))
                // Evictions happen in the remembering thread: the bound holds when remember() returns.
                .executor(Runnable::run)
                .evictionListener((String token, Entry entry, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        dropped.increment();
                    }
                })
                .build();
    }

    public boolean enabled() {
        return maxAgeMillis > 0;
    }

    /** The identity of a token verified here before, if it is still valid. */
    public SecurityIdentity find(String token) {
        Entry entry = entries.getIfPresent(token);
        // Caffeine's expiry runs on its own (monotonic) ticker; exp is wall-clock time, so it is checked here too.
        if (entry == null || clock.millis() >= entry.until) {
            return null;
        }
        return entry.identity;
    }

    /** Answers a request's token from memory, counting it in {@link #answered()}. */
    SecurityIdentity answer(String token) {
        SecurityIdentity identity = enabled() ? find(token) : null;
        if (identity != null) {
            answered.increment();
        }
        return identity;
    }

    /** Requests authenticated from memory since the start. */
    public long answered() {
        return answered.sum();
    }

    /** Entries dropped to make room since the start. */
    long dropped() {
        return dropped.sum();
    }

    /** Remembers the identity quarkus-oidc built for a token it has just verified. */
    public void remember(String token, SecurityIdentity identity) {
        if (!enabled() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = clock.millis();
        long until = Math.min(now + maxAgeMillis, jwt.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        entries.put(token, new Entry(withoutRequest(identity), until));
    }

    /**
     * The identity without the request that first brought the token: remembered as it is, every entry would keep
     * that whole request (headers, routing state, request-scoped beans) alive for up to {@code max-age}.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        if (identity.getAttribute(REQUEST_ATTRIBUTE) == null) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(REQUEST_ATTRIBUTE, null).build();
    }

    long size() {
        return entries.estimatedSize();
    }
}
