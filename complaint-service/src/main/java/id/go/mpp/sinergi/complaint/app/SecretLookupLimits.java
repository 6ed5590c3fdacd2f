package id.go.mpp.sinergi.complaint.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Look-ups with a tracking id and its secret, limited per client (resilience4j rate limiter per client address,
 * kept in a Caffeine cache while the client is active): guessing secrets costs a client its allowance, not the
 * service its time. Over the limit: 429.
 */
@ApplicationScoped
public class SecretLookupLimits {

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;

    public SecretLookupLimits(@ConfigProperty(name = "sinergi.complaint.secret-lookups-per-minute",
            defaultValue = "20") int perMinute) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.limiters = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();
    }

    /** Counts one look-up of {@code client}; throws 429 when its allowance for the minute is used up. */
    public void acquire(String client) {
        RateLimiter limiter = limiters.get(client == null ? "?" : client, key -> RateLimiter.of(key, config));
        if (!limiter.acquirePermission()) {
            throw new ProblemException(429, "too-many-lookups", LocalizedText.of("Terlalu banyak permintaan",
                    "Too many requests"), LocalizedText.of(
                    "Terlalu banyak pencarian pengaduan dengan kode rahasia; coba lagi dalam satu menit",
                    "Too many complaint look-ups with a secret; try again in a minute"), List.of());
        }
    }
}
