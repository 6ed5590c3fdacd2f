package id.go.mpp.sinergi.survey.domain.ikm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static id.go.mpp.sinergi.survey.domain.ikm.IkmCalculatorTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The interval table of PermenPANRB 14/2017: D Tidak Baik 25.00–64.99, C Kurang Baik 65.00–76.60, B Baik 76.61–88.30,
 * A Sangat Baik 88.31–100.00, on the converted value rounded HALF_UP to two decimals.
 */
class IkmBandsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "25.00, D", "64.99, D", "64.994, D", "64.995, C", "65.00, C",
            "76.60, C", "76.604, C", "76.605, B", "76.61, B",
            "88.30, B", "88.304, B", "88.305, A", "88.31, A", "100.00, A", "24.995, D"})
    void aConvertedValueIsRoundedHalfUpToTwoDecimalsThenBanded(String converted, Mutu expected) {
        assertThat(Mutu.ofConverted(new BigDecimal(converted))).isEqualTo(expected);
    }

    @Test
    void convertedValuesOutsideTwentyFiveToOneHundredAreRefused() {
        assertThatThrownBy(() -> Mutu.ofConverted(d("24.994"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mutu.ofConverted(d("100.005"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUnitValueTableIsTheConvertedTableDividedByTwentyFive() {
        // 2.5996·25 = 64.99, 2.60·25 = 65.00, 3.064·25 = 76.60, 3.0644·25 = 76.61, 3.532·25 = 88.30, 3.5324·25 = 88.31
        for (Mutu mutu : Mutu.values()) {
            assertThat(mutu.unitFrom().multiply(BigDecimal.valueOf(25))).isEqualByComparingTo(mutu.convertedFrom());
            assertThat(mutu.unitTo().multiply(BigDecimal.valueOf(25))).isEqualByComparingTo(mutu.convertedTo());
        }
    }

    @Test
    void aUnitValueInAGapOfTheUnitTableIsBandedThroughItsConvertedValue() {
        // 3.0642 lies between C's 3.064 and B's 3.0644; 3.0642·25 = 76.605 → 76.61 → B.
        assertThat(Mutu.ofUnitValue(d("3.0642"))).isEqualTo(Mutu.B);
        // 2.5998·25 = 64.995 → 65.00 → C; 3.5322·25 = 88.305 → 88.31 → A.
        assertThat(Mutu.ofUnitValue(d("2.5998"))).isEqualTo(Mutu.C);
        assertThat(Mutu.ofUnitValue(d("3.5322"))).isEqualTo(Mutu.A);
    }

    @Test
    void tallyWhoseExactConvertedValueIs76Point605IsPublishedAs76Point61Baik() {
        // 5000 respondents, each unsur summing 15321: unit = 15321/5000 = 3.0642, converted = 25·3.0642 = 76.605.
        IkmResult result = IkmCalculator.calculate(IkmTally.of(5000, nine(15321))).orElseThrow();
        assertThat(result.unitValue()).isEqualTo(d("3.0642"));
        assertThat(result.convertedValue()).isEqualTo(d("76.61"));
        assertThat(result.mutu()).isEqualTo(Mutu.B);
    }

    @Test
    void tallyWhoseExactConvertedValueIs88Point304StaysBaik() {
        // 6250 respondents, each unsur summing 22076: unit = 22076/6250 = 3.53216, converted = 88.304 → 88.30 → B.
        IkmResult result = IkmCalculator.calculate(IkmTally.of(6250, nine(22076))).orElseThrow();
        assertThat(result.convertedValue()).isEqualTo(d("88.30"));
        assertThat(result.mutu()).isEqualTo(Mutu.B);
        // The displayed unit value 3.5322 (·25 = 88.305) would band A: the band comes from the exact value.
        assertThat(result.unitValue()).isEqualTo(d("3.5322"));
        assertThat(Mutu.ofUnitValue(result.unitValue())).isEqualTo(Mutu.A);
    }

    @Test
    void tallyWhoseExactConvertedValueIs64Point995IsPublishedAs65KurangBaik() {
        // 5000 respondents, each unsur summing 12999: unit = 2.5998, converted = 64.995 → 65.00 → C.
        IkmResult result = IkmCalculator.calculate(IkmTally.of(5000, nine(12999))).orElseThrow();
        assertThat(result.convertedValue()).isEqualTo(d("65.00"));
        assertThat(result.mutu()).isEqualTo(Mutu.C);
        assertThat(result.kinerja().id()).isEqualTo("Kurang Baik");
    }

    private static long[] nine(long sum) {
        long[] sums = new long[9];
        java.util.Arrays.fill(sums, sum);
        return sums;
    }
}
