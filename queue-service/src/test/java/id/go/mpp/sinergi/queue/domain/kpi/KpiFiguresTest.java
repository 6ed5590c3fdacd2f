package id.go.mpp.sinergi.queue.domain.kpi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiFiguresTest {

    @Test
    void averagesMaximaAndTheShareOverTargetComeFromTheSums() {
        // Waits 600 + 1200 + 1800 + 3700 s; services 300 + 450 + 601 s; 2 of 5 judged tickets over target.
        KpiTally tally = new KpiTally(5, 4, 2, 1, 1, 1, 4, 7300, 3700.0, 3, 1351, 601.0, 5, 2);

        KpiFigures figures = KpiFigures.of(tally);

        assertThat(figures).isEqualTo(new KpiFigures(5, 4, 2, 1, 1, 1,
                4, 1825L, 3700L, 3, 450L, 601L, 5, 2, 0.4));
    }

    @Test
    void secondsAreRoundedHalfUpAndTheShareToFourDecimals() {
        KpiFigures figures = KpiFigures.of(new KpiTally(3, 3, 3, 0, 0, 0, 2, 5, 4.5, 3, 2.0, 1.499999, 3, 1));

        assertThat(figures.averageWaitSeconds()).isEqualTo(3L);
        assertThat(figures.maxWaitSeconds()).isEqualTo(5L);
        assertThat(figures.averageServiceSeconds()).isEqualTo(1L);
        assertThat(figures.maxServiceSeconds()).isEqualTo(1L);
        assertThat(figures.overSlaShare()).isEqualTo(0.3333);
        assertThat(KpiFigures.share(2, 3)).isEqualTo(0.6667);
        assertThat(KpiFigures.share(3, 3)).isEqualTo(1.0);
    }

    @Test
    void nothingMeasuredGivesNullsNotZeros() {
        KpiFigures figures = KpiFigures.of(KpiTally.ZERO);

        assertThat(figures.arrived()).isZero();
        assertThat(figures.averageWaitSeconds()).isNull();
        assertThat(figures.maxWaitSeconds()).isNull();
        assertThat(figures.averageServiceSeconds()).isNull();
        assertThat(figures.maxServiceSeconds()).isNull();
        assertThat(figures.overSlaShare()).isNull();
    }

    @Test
    void arrivalsWithoutCallsStillHaveNoWaitingAverage() {
        KpiFigures figures = KpiFigures.of(new KpiTally(2, 2, 0, 0, 0, 0, 0, 0, null, 0, 0, null, 1, 1));

        assertThat(figures.averageWaitSeconds()).isNull();
        assertThat(figures.slaJudged()).isEqualTo(1);
        assertThat(figures.overSlaShare()).isEqualTo(1.0);
    }
}
