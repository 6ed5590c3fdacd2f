package id.go.mpp.sinergi.complaint.domain.statistics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * The median of whole numbers: the middle value, or half-way between the two middle values of an even count
 * (exact: the result has one decimal, {@code .0} or {@code .5}; no rounding happens).
 */
public final class Median {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Median() {
    }

    /** Empty when there are no values. */
    public static Optional<BigDecimal> of(Collection<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(sorted[middle]).setScale(1));
        }
        // Half the sum of two whole numbers is exact with one decimal (.0 or .5): no rounding happens.
        BigDecimal sum = BigDecimal.valueOf(sorted[middle - 1]).add(BigDecimal.valueOf(sorted[middle]));
        return Optional.of(sum.multiply(HALF).setScale(1));
    }
}
