package id.go.mpp.sinergi.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One Bucket4j token bucket per key (an address, a client), kept in memory in a bounded Caffeine map. A bucket not
 * used for as long as it takes to refill from empty is forgotten: it would be full again, just as a new one.
 */
final class TokenBuckets {

    /** The answer for one request: whether it may go on, and what the caller is told about its bucket. */
    record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private final Cache<String, Bucket> buckets;
    private final long burst;
    private final long perMinute;
    private final TimeMeter time;

    TokenBuckets(long burst, long perMinute, int maxTracked, TimeMeter time) {
        if (burst < 1 || perMinute < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("sinergi.gateway.rate-limit: burst, per-minute and max-tracked must be"
                    + " at least 1 (were " + burst + ", " + perMinute + ", " + maxTracked + ")");
        }
        this.burst = burst;
        this.perMinute = perMinute;
        this.time = time;
        long refillNanos = Math.max(1, Duration.ofMinutes(1).toNanos() / perMinute * burst);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTracked)
                .expireAfterAccess(refillNanos, TimeUnit.NANOSECONDS)
                .build();
    }

    /** Takes a token from {@code key}'s bucket if one is there. */
    Decision take(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, burst, probe.getRemainingTokens(), 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, burst, 0, seconds);
    }

    long tracked() {
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}
