package id.go.mpp.sinergi.bench.support;

/** Latency percentiles by nearest rank, the way both benchmarks report them. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The p-th percentile (0 < p ≤ 100) of the first {@code count} (> 0) of {@code sortedNanos}, sorted ascending, in
     * milliseconds: the value of rank ⌈p/100 · count⌉ (p = 100 is the maximum).
     */
    public static double nearestRankMillis(long[] sortedNanos, int count, double p) {
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sortedNanos[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
