package id.go.mpp.sinergi.bench.support;

import id.go.mpp.sinergi.bench.support.Percentiles;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Latencies (nanoseconds) and answers of one measured part; thread-safe, percentiles by nearest rank. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int n;
    private int ok;
    private final Map<String, Integer> errors = new TreeMap<>();

    public synchronized void ok(long latencyNanos) {
        add(latencyNanos);
        ok++;
    }

    /** An answer that is not the expected one ({@code "409"}, {@code "IOException"} …); its latency counts too. */
    public synchronized void error(String kind, long latencyNanos) {
        add(latencyNanos);
        errors.merge(kind, 1, Integer::sum);
    }

    private void add(long latencyNanos) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = latencyNanos;
    }

    public synchronized int count() {
        return n;
    }

    public synchronized int ok() {
        return ok;
    }

    public synchronized int errorCount() {
        return n - ok;
    }

    public synchronized String errors() {
        return errors.isEmpty() ? "none" : errors.toString();
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds, nearest rank; NaN when empty. */
    public synchronized double percentileMillis(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return Percentiles.nearestRankMillis(sorted, n, p);
    }

    public synchronized double meanMillis() {
        if (n == 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return sum / 1e6 / n;
    }

    /** {@code p50 … p95 … p99 … max … ms} */
    public String summary() {
        return String.format("p50 %6.1f  p95 %6.1f  p99 %6.1f  max %7.1f ms", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
