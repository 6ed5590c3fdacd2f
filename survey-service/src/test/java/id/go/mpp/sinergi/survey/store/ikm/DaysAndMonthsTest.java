package id.go.mpp.sinergi.survey.store.ikm;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which days a period reads from the daily rows and which months from the monthly roll-up. */
class DaysAndMonthsTest {

    @Test
    void aYearIsTwelveMonthsAndNoDays() {
        DaysAndMonths rows = DaysAndMonths.of(day("2025-01-01"), day("2025-12-31"));
        assertThat(rows.firstMonth()).isEqualTo(day("2025-01-01"));
        assertThat(rows.lastMonth()).isEqualTo(day("2025-12-01"));
        assertNoDays(rows.headFrom(), rows.headTo());
        assertNoDays(rows.tailFrom(), rows.tailTo());
    }

    @Test
    void aRangeWithPartialMonthsAtBothEndsReadsTheirDaysAndTheWholeMonthsBetween() {
        DaysAndMonths rows = DaysAndMonths.of(day("2024-01-15"), day("2024-03-10"));
        assertThat(rows.headFrom()).isEqualTo(day("2024-01-15"));
        assertThat(rows.headTo()).isEqualTo(day("2024-01-31"));
        assertThat(rows.firstMonth()).isEqualTo(day("2024-02-01"));
        assertThat(rows.lastMonth()).isEqualTo(day("2024-02-01"));
        assertThat(rows.tailFrom()).isEqualTo(day("2024-03-01"));
        assertThat(rows.tailTo()).isEqualTo(day("2024-03-10"));
    }

    @Test
    void aRangeEndingOnTheLastDayOfAMonthHasNoTailAndOneStartingOnTheFirstNoHead() {
        DaysAndMonths endsWhole = DaysAndMonths.of(day("2024-01-15"), day("2024-02-29"));
        assertThat(endsWhole.headTo()).isEqualTo(day("2024-01-31"));
        assertThat(endsWhole.lastMonth()).isEqualTo(day("2024-02-01"));
        assertNoDays(endsWhole.tailFrom(), endsWhole.tailTo());

        DaysAndMonths startsWhole = DaysAndMonths.of(day("2024-12-01"), day("2025-01-02"));
        assertNoDays(startsWhole.headFrom(), startsWhole.headTo());
        assertThat(startsWhole.firstMonth()).isEqualTo(day("2024-12-01"));
        assertThat(startsWhole.lastMonth()).isEqualTo(day("2024-12-01"));
        assertThat(startsWhole.tailFrom()).isEqualTo(day("2025-01-01"));
        assertThat(startsWhole.tailTo()).isEqualTo(day("2025-01-02"));
    }

    @Test
    void aRangeWithoutAWholeMonthIsAllDays() {
        for (DaysAndMonths rows : new DaysAndMonths[]{DaysAndMonths.of(day("2024-03-05"), day("2024-03-05")),
                DaysAndMonths.of(day("2024-03-02"), day("2024-03-31")),
                DaysAndMonths.of(day("2024-03-15"), day("2024-04-10"))}) {
            assertThat(rows.hasMonths()).isFalse();
            assertNoDays(rows.tailFrom(), rows.tailTo());
        }
        DaysAndMonths straddling = DaysAndMonths.of(day("2024-03-15"), day("2024-04-10"));
        assertThat(straddling.headFrom()).isEqualTo(day("2024-03-15"));
        assertThat(straddling.headTo()).isEqualTo(day("2024-04-10"));
    }

    @Test
    void everyDayOfEveryRangeIsReadOnceFromADayOrItsMonth() {
        LocalDate start = day("2023-12-01");
        for (int a = 0; a < 120; a++) {
            for (int b = a; b < 120; b++) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                DaysAndMonths rows = DaysAndMonths.of(from, to);
                for (LocalDate d = start.minusDays(1); !d.isAfter(start.plusDays(121)); d = d.plusDays(1)) {
                    int reads = (within(d, rows.headFrom(), rows.headTo()) ? 1 : 0)
                            + (within(d, rows.tailFrom(), rows.tailTo()) ? 1 : 0)
                            + (within(d.withDayOfMonth(1), rows.firstMonth(), rows.lastMonth()) ? 1 : 0);
                    assertThat(reads).as("%s in %s..%s", d, from, to).isEqualTo(within(d, from, to) ? 1 : 0);
                }
            }
        }
    }

    @Test
    void aRangeEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> DaysAndMonths.of(day("2024-03-02"), day("2024-03-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static void assertNoDays(LocalDate from, LocalDate to) {
        assertThat(to).isBefore(from);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
