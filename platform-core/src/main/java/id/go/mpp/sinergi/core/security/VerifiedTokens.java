package id.go.mpp.sinergi.core.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
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

        /** Tokens kept at most; past that, expired ones are dropped, and if none are, the cache starts over. */
        @WithDefault("10000")
        int maxEntries();
    }

    private record Entry(SecurityIdentity identity, long until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    private final long maxAgeMillis;
    private final int maxEntries;

    public VerifiedTokens(Config config) {
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
            entries.values().removeIf(e -> now >= e.until);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, until));
    }

    int size() {
        return entries.size();
    }
}
