package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.go.mpp.sinergi.survey.domain.ikm.IkmCalculatorTest.d;
import static id.go.mpp.sinergi.survey.domain.ikm.IkmCalculatorTest.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IkmTrendTest {

    private static final int[] THREES = {3, 3, 3, 3, 3, 3, 3, 3, 3};
    private static final int[] FOURS = {4, 4, 4, 4, 4, 4, 4, 4, 4};
    private static final int[] GOOD = {4, 4, 4, 4, 4, 3, 3, 3, 3};

    @Test
    void aQuarterlyTrendShowsEachPeriodAndItsChangeFromTheOneBefore() {
        List<ReportingPeriod> quarters = ReportingPeriod.quarter(2026, 4).previous(3);
        IkmTrend trend = IkmTrend.of(List.of(
                // Q1: all 3 → 25·27/9 = 75.00 → C
                new PeriodTally(quarters.get(0), tally(THREES)),
                // Q2: nobody answered
                new PeriodTally(quarters.get(1), IkmTally.empty()),
                // Q3: Σ = 32 → 88.89 → A
                new PeriodTally(quarters.get(2), tally(GOOD)),
                // Q4: total 36 + 27 = 63 over 2 → 25·63/18 = 87.50 → B; change 87.50 − 88.89 = −1.39
                new PeriodTally(ReportingPeriod.quarter(2026, 4), tally(FOURS, THREES))));

        assertThat(trend.points()).extracting(TrendPoint::period)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(trend.points()).extracting(TrendPoint::respondents).containsExactly(1L, 0L, 1L, 2L);
        assertThat(trend.points().get(0).converted()).contains(d("75.00"));
        assertThat(trend.points().get(0).mutu()).contains(Mutu.C);
        assertThat(trend.points().get(0).change()).isEmpty();
        assertThat(trend.points().get(1).converted()).isEmpty();
        assertThat(trend.points().get(1).mutu()).isEmpty();
        assertThat(trend.points().get(1).change()).isEmpty();
        assertThat(trend.points().get(2).converted()).contains(d("88.89"));
        assertThat(trend.points().get(2).change()).isEmpty();
        assertThat(trend.points().get(3).converted()).contains(d("87.50"));
        assertThat(trend.points().get(3).mutu()).contains(Mutu.B);
        assertThat(trend.points().get(3).change()).contains(d("-1.39"));
    }

    @Test
    void aTrendGoesForwardInTime() {
        assertThatThrownBy(() -> IkmTrend.of(List.of(
                new PeriodTally(ReportingPeriod.month(2026, 5), IkmTally.empty()),
                new PeriodTally(ReportingPeriod.month(2026, 4), IkmTally.empty()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-04 after 2026-05");
    }

    @Test
    void anEmptySeriesIsAnEmptyTrend() {
        assertThat(IkmTrend.of(List.of()).points()).isEmpty();
    }
}
