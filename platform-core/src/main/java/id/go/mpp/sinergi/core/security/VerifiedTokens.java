package id.go.mpp.sinergi.core.security;

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

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bearer tokens this instance has already verified, with the identity quarkus-oidc built for them.
 *
 * <p>Why: a citizen's app sends the same access token with every call (slots, then the booking, then its status),
 * and verifying it again each time — decoding the JWT, parsing its JSON, checking the RS256 signature and the
 * claims, building the identity — was the largest single cost of a refused booking in the quota rush (≈ 40 % of
 * queue-service's CPU, JFR). The cache answers a token that is byte-for-byte one that passed verification here,
 * until the token expires or {@link Config#maxAge()} has passed, whichever is first. A token that failed is never
 * remembered, so it is verified (and refused) each time.
 *
 * <p>Times are the real clock's, like the token's {@code exp} (not the services' business {@code Clock}).
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

        /** Tokens kept at most; past that, expired ones are dropped, then the tenth remembered longest ago. */
        @WithDefault("10000")
        int maxEntries();
    }

    private record Entry(SecurityIdentity identity, long until) {
    }

    /**
     * The identity attribute under which quarkus-oidc keeps the request that was authenticated;
     * {@link VerifiedTokenMechanism} puts each later request's own there.
     */
    static final String REQUEST_ATTRIBUTE = RoutingContext.class.getName();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final long maxAgeMillis;
    private final int maxEntries;

    @Inject
    public VerifiedTokens(Config config, MeterRegistry registry) {
        this(config);
        Gauge.builder("sinergi.security.token-cache.size", this, VerifiedTokens::size)
                .description("Verified bearer tokens remembered").register(registry);
        FunctionCounter.builder("sinergi.security.token-cache.answered", this, VerifiedTokens::answered)
                .description("Requests authenticated from remembered tokens (not verified again)").register(registry);
        FunctionCounter.builder("sinergi.security.token-cache.dropped", this, VerifiedTokens::dropped)
                .description("Remembered tokens dropped to make room for new ones (expired ones first)").register(registry);
    }

    VerifiedTokens(Config config) {
        this.maxAgeMillis = config.maxAge().toMillis();
        this.maxEntries = config.maxEntries();
    }

    public boolean enabled() {
        return maxAgeMillis > 0;
    }

    /** The identity of a token verified here before, if it is still valid. */
    public SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (System.currentTimeMillis() >= entry.until) {
            entries.remove(token, entry);
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

    /** Entries dropped to make room since the start (expired ones found then included). */
    long dropped() {
        return dropped.sum();
    }

    /** Remembers the identity quarkus-oidc built for a token it has just verified. */
    public void remember(String token, SecurityIdentity identity) {
        if (!enabled() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long until = Math.min(now + maxAgeMillis, jwt.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            makeRoom(now);
        }
        entries.put(token, new Entry(withoutRequest(identity), until));
    }

    /**
     * Drops the expired entries and, if the cache is still full, the tenth that would expire first (those
     * remembered longest ago). It used to start over when full: in the quota rush that dropped, during the
     * warm-up, tokens the rush then used, and every one was verified again while the quota sold (quarkus-oidc
     * in half of queue-service's samples, JFR). Runs rarely (once per tenth of the cache), so a scan is fine.
     */
    private synchronized void makeRoom(long now) {
        if (entries.size() < maxEntries) {
            return; // another caller made room meanwhile
        }
        int before = entries.size();
        entries.values().removeIf(e -> now >= e.until);
        int excess = entries.size() - (maxEntries - Math.max(1, maxEntries / 10));
        if (excess > 0) {
            long[] untils = entries.values().stream().mapToLong(Entry::until).sorted().toArray();
            long cut = untils[Math.min(excess, untils.length) - 1];
            entries.values().removeIf(e -> e.until <= cut);
        }
        dropped.add(before - entries.size());
    }

    /**
     * The identity without the request that first brought the token: remembered as it is, every entry kept that
     * whole request (headers, routing state, request-scoped beans) alive for up to {@code max-age} — measured
     * after a quota rush, 4,001 such requests per 2,000 citizens' tokens still on the heap of queue-service.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        if (identity.getAttribute(REQUEST_ATTRIBUTE) == null) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(REQUEST_ATTRIBUTE, null).build();
    }

    int size() {
        return entries.size();
    }
}
