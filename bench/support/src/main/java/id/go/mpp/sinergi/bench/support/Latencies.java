package id.go.mpp.sinergi.bench.support;

import id.go.mpp.sinergi.bench.support.Percentiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * {@code requests} GETs of the paths {@code paths} draws, shared by {@code clients} threads, each on its own
     * keep-alive connection ({@code connection} of {@code base}) with one request in flight; 200 is ok.
     */
    public static Latencies measureGets(URI base, Function<URI, RawHttp> connection, Supplier<String> paths,
                                        int clients, int requests, String threadName) throws InterruptedException {
        Latencies l = new Latencies();
        AtomicInteger left = new AtomicInteger(requests);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (RawHttp conn = connection.apply(base)) {
                    while (left.getAndDecrement() > 0) {
                        String path = paths.get();
                        long t0 = System.nanoTime();
                        try {
                            RawHttp.Answer a = conn.get(path);
                            long took = System.nanoTime() - t0;
                            if (a.status() == 200) {
                                l.ok(took);
                            } else {
                                l.error(Integer.toString(a.status()), took);
                            }
                        } catch (Exception ex) {
                            l.error(ex.getClass().getSimpleName(), System.nanoTime() - t0);
                            conn.close();
                        }
                    }
                }
            }, threadName + "-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return l;
    }
}
