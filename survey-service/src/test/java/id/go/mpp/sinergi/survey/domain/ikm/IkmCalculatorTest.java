package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** PermenPANRB 14/2017: NRR = sum / n; weighted NRR = NRR × 1/9; IKM = Σ weighted NRR; converted = IKM × 25. */
class IkmCalculatorTest {

    /*
     * Unit "Imigrasi", 4 respondents (U1 … U9):
     *   R1  3 3 3 4 3 3 4 3 3
     *   R2  4 3 3 4 3 4 4 2 3
     *   R3  3 2 2 4 3 3 3 2 3
     *   R4  4 3 2 4 4 3 4 3 4
     * sums 14 11 10 16 13 13 15 10 13, total 115
     * NRR  3.500 2.750 2.500 4.000 3.250 3.250 3.750 2.500 3.250
     * weighted NRR = sum / 36: U1 14/36 = 0.38888… → 0.3889, U3 10/36 = 0.27777… → 0.2778
     * unit = 115/36 = 3.19444… → 3.1944; converted = 25·115/36 = 79.8611… → 79.86 → B Baik
     * weakest: U3 and U8 both 2.500 → U3 (lower number)
     */
    private static final IkmTally IMIGRASI = tally(
            new int[]{3, 3, 3, 4, 3, 3, 4, 3, 3},
            new int[]{4, 3, 3, 4, 3, 4, 4, 2, 3},
            new int[]{3, 2, 2, 4, 3, 3, 3, 2, 3},
            new int[]{4, 3, 2, 4, 4, 3, 4, 3, 4});

    /*
     * Unit "Dukcapil", 3 respondents:
     *   R1  4 4 4 4 4 4 4 4 4
     *   R2  4 4 3 4 4 4 4 3 4
     *   R3  4 3 4 4 4 4 4 4 3
     * sums 12 11 11 12 12 12 12 11 11, total 104; NRR U2 = 11/3 = 3.6666… → 3.667
     * unit = 104/27 = 3.85185… → 3.8519; converted = 2600/27 = 96.296… → 96.30 → A Sangat Baik
     */
    private static final IkmTally DUKCAPIL = tally(
            new int[]{4, 4, 4, 4, 4, 4, 4, 4, 4},
            new int[]{4, 4, 3, 4, 4, 4, 4, 3, 4},
            new int[]{4, 3, 4, 4, 4, 4, 4, 4, 3});

    /*
     * Unit "Samsat", 2 respondents:
     *   R1  2 1 1 2 2 2 3 1 2
     *   R2  2 2 1 3 2 2 2 1 2
     * sums 4 3 2 5 4 4 5 2 4, total 33
     * unit = 33/18 = 1.8333… → 1.8333; converted = 825/18 = 45.8333… → 45.83 → D Tidak Baik
     */
    private static final IkmTally SAMSAT = tally(
            new int[]{2, 1, 1, 2, 2, 2, 3, 1, 2},
            new int[]{2, 2, 1, 3, 2, 2, 2, 1, 2});

    @Test
    void nrrWeightedNrrAndIkmOfOneUnitAreTheHandComputedOnes() {
        IkmResult result = IkmCalculator.calculate(IMIGRASI).orElseThrow();

        assertThat(result.respondents()).isEqualTo(4);
        assertThat(result.scores()).extracting(UnsurScore::sum).containsExactly(14L, 11L, 10L, 16L, 13L, 13L, 15L, 10L, 13L);
        assertThat(result.scores()).extracting(UnsurScore::nrr).containsExactly(d("3.500"), d("2.750"), d("2.500"),
                d("4.000"), d("3.250"), d("3.250"), d("3.750"), d("2.500"), d("3.250"));
        assertThat(result.score(Unsur.PERSYARATAN).weightedNrr()).isEqualTo(d("0.3889"));
        assertThat(result.score(Unsur.WAKTU).weightedNrr()).isEqualTo(d("0.2778"));
        assertThat(result.unitValue()).isEqualTo(d("3.1944"));
        assertThat(result.convertedValue()).isEqualTo(d("79.86"));
        assertThat(result.mutu()).isEqualTo(Mutu.B);
        assertThat(result.kinerja().id()).isEqualTo("Baik");
        assertThat(result.kinerja().en()).isEqualTo("Good");
    }

    @Test
    void eachUnsurIsBandedOnItsNrrTimesTwentyFive() {
        IkmResult result = IkmCalculator.calculate(IMIGRASI).orElseThrow();

        // U1 3.5·25 = 87.50 B; U2 2.75·25 = 68.75 C; U3 2.5·25 = 62.50 D; U4 4·25 = 100 A
        assertThat(result.scores()).extracting(UnsurScore::mutu)
                .startsWith(Mutu.B, Mutu.C, Mutu.D, Mutu.A);
    }

    @Test
    void otherUnitsGiveTheirHandComputedValues() {
        IkmResult dukcapil = IkmCalculator.calculate(DUKCAPIL).orElseThrow();
        assertThat(dukcapil.score(Unsur.PROSEDUR).nrr()).isEqualTo(d("3.667"));
        assertThat(dukcapil.unitValue()).isEqualTo(d("3.8519"));
        assertThat(dukcapil.convertedValue()).isEqualTo(d("96.30"));
        assertThat(dukcapil.mutu()).isEqualTo(Mutu.A);

        IkmResult samsat = IkmCalculator.calculate(SAMSAT).orElseThrow();
        assertThat(samsat.unitValue()).isEqualTo(d("1.8333"));
        assertThat(samsat.convertedValue()).isEqualTo(d("45.83"));
        assertThat(samsat.mutu()).isEqualTo(Mutu.D);
        assertThat(samsat.kinerja().id()).isEqualTo("Tidak Baik");
    }

    @Test
    void anMppIkmWeighsEveryRespondentNotEveryUnit() {
        // 9 respondents, total 115 + 104 + 33 = 252: converted = 25·252/81 = 77.777… → 77.78 → B.
        // The mean of the units' figures, (79.86 + 96.30 + 45.83) / 3 = 73.9966…, would publish C instead.
        IkmResult mpp = IkmCalculator.calculate(IMIGRASI.plus(DUKCAPIL).plus(SAMSAT)).orElseThrow();

        assertThat(mpp.respondents()).isEqualTo(9);
        assertThat(mpp.unitValue()).isEqualTo(d("3.1111"));
        assertThat(mpp.convertedValue()).isEqualTo(d("77.78"));
        assertThat(mpp.mutu()).isEqualTo(Mutu.B);
        BigDecimal meanOfUnits = d("79.86").add(d("96.30")).add(d("45.83")).divide(d("3"), 2, RoundingMode.HALF_UP);
        assertThat(Mutu.ofConverted(meanOfUnits)).isEqualTo(Mutu.C);
    }

    @Test
    void weightsAreExactlyOneNinthNotPointEleven() {
        // Every respondent answers 4 on U1–U5 and 3 on U6–U9: Σ NRR = 5·4 + 4·3 = 32.
        // Exact: 32/9 = 3.5555… → 3.5556; 25·32/9 = 88.888… → 88.89 → A Sangat Baik.
        int[] answers = {4, 4, 4, 4, 4, 3, 3, 3, 3};
        IkmResult result = IkmCalculator.calculate(tally(answers, answers, answers)).orElseThrow();
        assertThat(result.unitValue()).isEqualTo(d("3.5556"));
        assertThat(result.convertedValue()).isEqualTo(d("88.89"));
        assertThat(result.mutu()).isEqualTo(Mutu.A);
        assertThat(result.score(Unsur.PERSYARATAN).weightedNrr()).isEqualTo(d("0.4444")); // 4/9

        // What the printed shortcuts would publish: 0.11 → 32·0.11·25 = 88.00, band B; 0.111 → 88.80; 0.1111 → 88.88.
        BigDecimal sumOfNrr = d("32");
        assertThat(convertedWithWeight(sumOfNrr, "0.11")).isEqualTo(d("88.00"));
        assertThat(Mutu.ofConverted(convertedWithWeight(sumOfNrr, "0.11"))).isEqualTo(Mutu.B);
        assertThat(convertedWithWeight(sumOfNrr, "0.111")).isEqualTo(d("88.80"));
        assertThat(convertedWithWeight(sumOfNrr, "0.1111")).isEqualTo(d("88.88"));
        assertThat(Stream.of("0.11", "0.111", "0.1111").map(w -> convertedWithWeight(sumOfNrr, w)))
                .doesNotContain(result.convertedValue());
    }

    @Test
    void theUnitValueIsTheSumOfNrrDividedByNine() {
        IkmResult result = IkmCalculator.calculate(IMIGRASI).orElseThrow();
        // Σ NRR = 115/4 = 28.75 exactly; 28.75 / 9 = 3.19444… → 3.1944
        BigDecimal sumOfNrr = result.scores().stream().map(UnsurScore::nrr).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfNrr).isEqualByComparingTo("28.75");
        assertThat(sumOfNrr.divide(BigDecimal.valueOf(9), 4, RoundingMode.HALF_UP)).isEqualTo(result.unitValue());
    }

    @Test
    void theConvertedValueComesFromTheUnroundedUnitValue() {
        // 100 respondents, sums 335 ×8 and 332, total 3012: unit = 3012/900 = 3.34666… (3.35 to two decimals).
        // Converted = 25·3012/900 = 83.666… → 83.67, not 3.35 × 25 = 83.75.
        long[] sums = {335, 335, 335, 335, 335, 335, 335, 335, 332};
        IkmResult result = IkmCalculator.calculate(IkmTally.of(100, sums)).orElseThrow();

        assertThat(result.unitValue()).isEqualTo(d("3.3467"));
        assertThat(result.unitValue().setScale(2, RoundingMode.HALF_UP)).isEqualTo(d("3.35"));
        assertThat(result.convertedValue()).isEqualTo(d("83.67"));
        assertThat(result.mutu()).isEqualTo(Mutu.B);
    }

    @Test
    void theWeakestUnsurIsTheLowestNrrAndOnATieTheLowestNumber() {
        assertThat(IkmCalculator.calculate(IMIGRASI).orElseThrow().weakest()).isEqualTo(Unsur.WAKTU); // U3 = U8 = 2.5
        assertThat(IkmCalculator.calculate(DUKCAPIL).orElseThrow().weakest()).isEqualTo(Unsur.PROSEDUR); // U2,3,8,9
        long[] sums = {40, 40, 40, 40, 40, 40, 40, 40, 39};
        assertThat(IkmCalculator.calculate(IkmTally.of(10, sums)).orElseThrow().weakest()).isEqualTo(Unsur.SARANA);
    }

    @Test
    void noRespondentsGiveNoResultRatherThanADivisionByZero() {
        assertThat(IkmCalculator.calculate(IkmTally.empty())).isEmpty();
        assertThat(IkmCalculator.calculate(IkmTally.of(0, new long[9]))).isEmpty();
    }

    @Test
    void theLowestAndHighestAnswersGiveTwentyFiveAndOneHundred() {
        int[] worst = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] best = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        assertThat(IkmCalculator.calculate(tally(worst)).orElseThrow().convertedValue()).isEqualTo(d("25.00"));
        assertThat(IkmCalculator.calculate(tally(worst)).orElseThrow().mutu()).isEqualTo(Mutu.D);
        assertThat(IkmCalculator.calculate(tally(best)).orElseThrow().convertedValue()).isEqualTo(d("100.00"));
        assertThat(IkmCalculator.calculate(tally(best)).orElseThrow().unitValue()).isEqualTo(d("4.0000"));
    }

    /** The converted value as sources that print a rounded weight compute it: Σ NRR × weight × 25, two decimals. */
    private static BigDecimal convertedWithWeight(BigDecimal sumOfNrr, String weight) {
        return sumOfNrr.multiply(new BigDecimal(weight)).multiply(BigDecimal.valueOf(25))
                .setScale(2, RoundingMode.HALF_UP);
    }

    static IkmTally tally(int[]... respondents) {
        return Stream.of(respondents).map(IkmCalculatorTest::answers).map(IkmTally::of)
                .reduce(IkmTally.empty(), IkmTally::plus);
    }

    static IkmAnswers answers(int[] values) {
        Map<Integer, Integer> byUnsur = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byUnsur.put(i + 1, values[i]);
        }
        return IkmAnswers.of(byUnsur).answers().orElseThrow();
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
