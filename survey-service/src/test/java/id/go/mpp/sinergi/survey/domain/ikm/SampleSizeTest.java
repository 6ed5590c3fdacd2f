package id.go.mpp.sinergi.survey.domain.ikm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Krejcie & Morgan (1970): s = 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25), nearest whole respondent. */
class SampleSizeTest {

    @ParameterizedTest(name = "N = {0} → {1}")
    @CsvSource({
            // N, table value; formula before rounding in the comment
            "10, 10",          // 9.6025 / 0.98275 = 9.771
            "15, 14",          // 14.472
            "50, 44",          // 44.343
            "100, 80",         // 96.025 / 1.20775 = 79.507
            "200, 132",        // 131.744
            "500, 217",        // 217.473
            "1000, 278",       // 960.25 / 3.45775 = 277.709
            "3000, 341",       // 340.605
            "10000, 370",      // 9602.5 / 25.95775 = 369.928
            "50000, 381",      // 381.179
            "1000000, 384"})   // 960250 / 2500.95775 = 383.953
    void theMinimumSampleIsTheKrejcieMorganTableValue(long population, long table) {
        assertThat(SampleSize.minimumFor(population)).isEqualTo(table);
    }

    @Test
    void theFormulaGives383ForAHundredThousandWhereTheTablePrints384() {
        // 96025 / (0.0025·99999 + 0.96025) = 96025 / 250.95775 = 382.634 → 383. The published table rounds up here.
        assertThat(SampleSize.minimumFor(100_000)).isEqualTo(383);
    }

    @Test
    void noVisitsNeedNoRespondentsAndOneVisitNeedsItsOne() {
        assertThat(SampleSize.minimumFor(0)).isZero();
        assertThat(SampleSize.minimumFor(1)).isEqualTo(1);
        assertThat(SampleSize.check(0, 0).sufficient()).isTrue();
    }

    @Test
    void theMinimumNeverExceedsThePopulation() {
        for (long population = 1; population <= 1000; population++) {
            assertThat(SampleSize.minimumFor(population)).isBetween(1L, population);
        }
    }

    @Test
    void anInsufficientSampleSaysHowManyRespondentsAreMissing() {
        // 1000 visits served → 278 needed; 250 answered → 28 missing.
        SampleSufficiency check = SampleSize.check(1000, 250);
        assertThat(check.minimum()).isEqualTo(278);
        assertThat(check.sufficient()).isFalse();
        assertThat(check.missing()).isEqualTo(28);

        SampleSufficiency enough = SampleSize.check(1000, 300);
        assertThat(enough.sufficient()).isTrue();
        assertThat(enough.missing()).isZero();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> SampleSize.minimumFor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.check(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
