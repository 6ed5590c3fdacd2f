package id.go.mpp.sinergi.gateway.edge;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketsTest {

    /** Time that moves only when told to. */
    private static final class ManualTime implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();

    @Test
    void aKeyMayMakeItsBurstAtOnceAndIsThenToldWhenTheNextTokenComes() {
        TokenBuckets buckets = new TokenBuckets(3, 6, 100, time);
        assertThat(buckets.take("a")).isEqualTo(new TokenBuckets.Decision(true, 3, 2, 0));
        assertThat(buckets.take("a").remaining()).isEqualTo(1);
        assertThat(buckets.take("a").remaining()).isZero();
        // 6 a minute: one every 10 s.
        assertThat(buckets.take("a")).isEqualTo(new TokenBuckets.Decision(false, 3, 0, 10));
        time.advance(Duration.ofMillis(9_001));
        // 0.999 s to go is told as 1 s, never 0.
        assertThat(buckets.take("a")).isEqualTo(new TokenBuckets.Decision(false, 3, 0, 1));
        time.advance(Duration.ofMillis(999));
        assertThat(buckets.take("a").allowed()).isTrue();
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        TokenBuckets buckets = new TokenBuckets(1, 7, 100, time);
        buckets.take("a");
        // 60/7 = 8.57 s
        assertThat(buckets.take("a").retryAfterSeconds()).isEqualTo(9);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, time);
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed()).isTrue();
    }

    @Test
    void theMapIsBounded() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, time);
        for (int i = 0; i < 10_000; i++) {
            buckets.take("address-" + i);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> buckets.tracked() <= 100);
    }

    @Test
    void nonsenseLimitsStopTheStart() {
        assertThatThrownBy(() -> new TokenBuckets(0, 10, 10, time)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(10, 0, 10, time)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Not a gate: the cost of one decision, printed for the design note. */
    @Test
    void aDecisionCostsLessThanAMicrosecond() {
        TokenBuckets buckets = new TokenBuckets(1_000_000_000L, 1_000_000_000L, 100_000, TimeMeter.SYSTEM_NANOTIME);
        String[] keys = new String[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "198.51." + (i / 256) + "." + (i % 256);
        }
        for (int i = 0; i < 2_000_000; i++) {
            buckets.take(keys[i % keys.length]);
        }
        int n = 5_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            buckets.take(keys[i % keys.length]);
        }
        double nanos = (System.nanoTime() - start) / (double) n;
        System.out.printf("[rate-limit] one bucket decision (Caffeine lookup + Bucket4j take): %.0f ns%n", nanos);
        assertThat(nanos).isLessThan(5_000);
    }
}
