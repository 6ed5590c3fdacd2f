package id.go.mpp.sinergi.survey.domain.ikm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The minimum sample of Krejcie &amp; Morgan (1970), the usual reference of PermenPANRB 14/2017:
 * s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), with χ² = 3.841, P = 0.5, d = 0.05, rounded HALF_UP to a whole
 * respondent. N is the population: visits served in the period.
 */
public final class SampleSize {

    public static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    public static final BigDecimal PROPORTION = new BigDecimal("0.5");
    public static final BigDecimal MARGIN_OF_ERROR = new BigDecimal("0.05");

    private static final BigDecimal CHI_SQUARE_PQ =
            CHI_SQUARE.multiply(PROPORTION).multiply(BigDecimal.ONE.subtract(PROPORTION));
    private static final BigDecimal MARGIN_SQUARED = MARGIN_OF_ERROR.multiply(MARGIN_OF_ERROR);

    private SampleSize() {
    }

    /** The minimum number of respondents for a population of {@code population}; 0 for none. */
    public static long minimumFor(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, not " + population);
        }
        if (population == 0) {
            return 0;
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal numerator = CHI_SQUARE_PQ.multiply(n);
        BigDecimal denominator = MARGIN_SQUARED.multiply(n.subtract(BigDecimal.ONE)).add(CHI_SQUARE_PQ);
        return numerator.divide(denominator, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether {@code respondents} suffice for {@code population}, and how many are missing. */
    public static SampleSufficiency check(long population, long respondents) {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must be >= 0, not " + respondents);
        }
        return new SampleSufficiency(population, respondents, minimumFor(population));
    }
}
