package id.go.mpp.sinergi.complaint.domain.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MedianTest {

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Median.of(List.of())).isEmpty();
    }

    @Test
    void anOddCountHasItsMiddleValueWhateverTheOrderGiven() {
        assertThat(Median.of(List.of(6L, 0L, 2L))).contains(new BigDecimal("2.0"));
        assertThat(Median.of(List.of(7L))).contains(new BigDecimal("7.0"));
    }

    @Test
    void anEvenCountHasTheMeanOfItsTwoMiddleValuesExactly() {
        assertThat(Median.of(List.of(6L, 2L, 3L, 2L))).contains(new BigDecimal("2.5"));
        assertThat(Median.of(List.of(1L, 3L))).contains(new BigDecimal("2.0"));
    }

    @Test
    void theMiddleOfHugeValuesDoesNotOverflow() {
        assertThat(Median.of(List.of(Long.MAX_VALUE, Long.MAX_VALUE)))
                .contains(new BigDecimal(Long.MAX_VALUE).setScale(1));
    }
}
