package id.go.mpp.sinergi.queue.domain.kpi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiRangeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void noDatesMeansTodayAndOnlyToMeansThatDay() {
        assertThat(KpiRange.of(null, null, TODAY)).isEqualTo(new KpiRange(TODAY, TODAY));
        assertThat(KpiRange.of(null, LocalDate.of(2026, 11, 20), TODAY))
                .isEqualTo(new KpiRange(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)));
        assertThat(KpiRange.of(LocalDate.of(2026, 11, 1), null, TODAY))
                .isEqualTo(new KpiRange(LocalDate.of(2026, 11, 1), TODAY));
    }

    @Test
    void daysAreCountedInclusivelyAndListedInOrder() {
        KpiRange range = KpiRange.of(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 2), TODAY);

        assertThat(range.days()).isEqualTo(5);
        assertThat(range.eachDay()).containsExactly(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    }

    @Test
    void toBeforeFromIsRefusedOnTo() {
        assertThatThrownBy(() -> KpiRange.of(TODAY, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(KpiRange.InvalidRange.class, e -> {
                    assertThat(e.problem()).isEqualTo(KpiRange.Problem.TO_BEFORE_FROM);
                    assertThat(e.field()).isEqualTo("to");
                });
        assertThatThrownBy(() -> KpiRange.of(TODAY.plusDays(1), null, TODAY))
                .isInstanceOf(KpiRange.InvalidRange.class);
    }

    @Test
    void ninetyTwoDaysAreAllowedNinetyThreeAreNot() {
        assertThat(KpiRange.of(TODAY, TODAY.plusDays(91), TODAY).days()).isEqualTo(92);
        assertThatThrownBy(() -> KpiRange.of(TODAY, TODAY.plusDays(92), TODAY))
                .isInstanceOfSatisfying(KpiRange.InvalidRange.class,
                        e -> assertThat(e.problem()).isEqualTo(KpiRange.Problem.TOO_LONG));
    }
}
