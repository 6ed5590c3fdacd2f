package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The IKM of PermenPANRB 14/2017 from a tally, in exact decimal arithmetic.
 * <p>
 * NRR(u) = sum(u) / n; weighted NRR(u) = NRR(u) × 1/9 = sum(u) / 9n; unit value = Σ weighted NRR = total / 9n;
 * converted = 25 × total / 9n. Every figure is one exact fraction rounded HALF_UP once to its display scale
 * ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the exact quotient), so nothing is computed from a
 * rounded figure: the weight is exactly 1/9, never 0.11 or 0.111, and the converted value is not 25 × the displayed
 * unit value. Displayed weighted NRRs may therefore not add up to the displayed unit value in the last decimal.
 */
public final class IkmCalculator {

    /** Decimals of a displayed NRR. */
    public static final int NRR_SCALE = 3;
    /** Decimals of a displayed weighted NRR. */
    public static final int WEIGHTED_NRR_SCALE = 4;
    /** Decimals of the unit value, as the regulation's unit-value table prints it (2.5996, 3.0644, 3.5324). */
    public static final int UNIT_VALUE_SCALE = 4;
    /** Decimals of the converted value: the published figure, banded by {@link Mutu}. */
    public static final int CONVERTED_SCALE = Mutu.CONVERTED_SCALE;

    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);
    /** The weight of each unsur is 1 / this. */
    private static final BigDecimal UNSUR_COUNT = BigDecimal.valueOf(Unsur.all().size());

    private IkmCalculator() {
    }

    /** The IKM of {@code tally}; empty when it has no respondents (there is nothing to divide by). */
    public static Optional<IkmResult> calculate(IkmTally tally) {
        if (tally.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal respondents = BigDecimal.valueOf(tally.respondents());
        BigDecimal weightedDenominator = respondents.multiply(UNSUR_COUNT);
        List<UnsurScore> scores = new ArrayList<>();
        for (Unsur unsur : Unsur.all()) {
            BigDecimal sum = BigDecimal.valueOf(tally.sum(unsur));
            scores.add(new UnsurScore(unsur, tally.sum(unsur),
                    sum.divide(respondents, NRR_SCALE, RoundingMode.HALF_UP),
                    sum.divide(weightedDenominator, WEIGHTED_NRR_SCALE, RoundingMode.HALF_UP),
                    Mutu.ofConverted(sum.multiply(CONVERSION).divide(respondents, CONVERTED_SCALE, RoundingMode.HALF_UP))));
        }
        BigDecimal total = BigDecimal.valueOf(tally.total());
        BigDecimal unitValue = total.divide(weightedDenominator, UNIT_VALUE_SCALE, RoundingMode.HALF_UP);
        BigDecimal converted = total.multiply(CONVERSION)
                .divide(weightedDenominator, CONVERTED_SCALE, RoundingMode.HALF_UP);
        // Same respondents for every unsur: the lowest NRR is the lowest sum, compared exactly.
        Unsur weakest = Unsur.all().stream()
                .min(Comparator.comparingLong(tally::sum).thenComparingInt(Unsur::number))
                .orElseThrow();
        return Optional.of(new IkmResult(tally.respondents(), scores, unitValue, converted,
                Mutu.ofConverted(converted), weakest));
    }
}
