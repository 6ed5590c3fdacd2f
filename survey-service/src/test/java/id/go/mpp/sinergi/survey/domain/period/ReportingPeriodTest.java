package id.go.mpp.sinergi.survey.domain.period;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportingPeriodTest {

    private static final ZoneId WIB = IndonesianTimeZone.WIB.zone();
    private static final ZoneId WITA = IndonesianTimeZone.WITA.zone();
    private static final ZoneId WIT = IndonesianTimeZone.WIT.zone();

    @Test
    void aResponseBelongsToThePeriodOfItsLocalDateInTheMppZone() {
        // 2026-06-30T16:30Z is 23:30 on 30 June in WIB (UTC+7), 00:30 and 01:30 on 1 July in WITA and WIT.
        Instant at = Instant.parse("2026-06-30T16:30:00Z");

        assertThat(ReportingPeriod.containing(PeriodKind.MONTH, at, WIB).key()).isEqualTo("2026-06");
        assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, at, WIB).key()).isEqualTo("2026-Q2");
        assertThat(ReportingPeriod.containing(PeriodKind.SEMESTER, at, WIB).key()).isEqualTo("2026-S1");
        assertThat(ReportingPeriod.containing(PeriodKind.MONTH, at, WITA).key()).isEqualTo("2026-07");
        assertThat(ReportingPeriod.containing(PeriodKind.MONTH, at, WIT).key()).isEqualTo("2026-07");
        assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, at, WIT).key()).isEqualTo("2026-Q3");
        assertThat(ReportingPeriod.containing(PeriodKind.SEMESTER, at, WIT).key()).isEqualTo("2026-S2");

        ReportingPeriod july = ReportingPeriod.month(2026, 7);
        assertThat(july.contains(at, WIT)).isTrue();
        assertThat(july.contains(at, WIB)).isFalse();
        assertThat(july.bounds(WIT).contains(at)).isTrue();
        assertThat(july.bounds(WIB).contains(at)).isFalse();
    }

    @Test
    void boundsRunFromLocalMidnightOfTheFirstDayToLocalMidnightAfterTheLastDay() {
        ReportingPeriod july = ReportingPeriod.month(2026, 7);
        // Midnight 1 July WIT (UTC+9) = 30 June 15:00Z; midnight 1 August WIT = 31 July 15:00Z (excluded).
        assertThat(july.bounds(WIT)).isEqualTo(new PeriodBounds(
                Instant.parse("2026-06-30T15:00:00Z"), Instant.parse("2026-07-31T15:00:00Z")));
        assertThat(july.start(WIB)).isEqualTo(Instant.parse("2026-06-30T17:00:00Z"));
        assertThat(july.bounds(WIT).contains(Instant.parse("2026-07-31T14:59:59.999Z"))).isTrue();
        assertThat(july.bounds(WIT).contains(Instant.parse("2026-07-31T15:00:00Z"))).isFalse();
        assertThat(ReportingPeriod.year(2026).bounds(WITA)).isEqualTo(new PeriodBounds(
                Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    }

    @Test
    void eachKindHasItsDaysAndStableKey() {
        assertThat(ReportingPeriod.month(2026, 12).key()).isEqualTo("2026-12");
        assertThat(ReportingPeriod.quarter(2026, 4).key()).isEqualTo("2026-Q4");
        assertThat(ReportingPeriod.quarter(2026, 4).firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ReportingPeriod.quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportingPeriod.semester(2026, 2).key()).isEqualTo("2026-S2");
        assertThat(ReportingPeriod.semester(2026, 1).lengthInDays()).isEqualTo(181);
        assertThat(ReportingPeriod.year(2026).key()).isEqualTo("2026");
        assertThat(ReportingPeriod.quarter(2028, 1).lengthInDays()).isEqualTo(91); // 31 + 29 + 31, leap year

        ReportingPeriod range = ReportingPeriod.range(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6));
        assertThat(range.key()).isEqualTo("2026-12-01..2026-12-06");
        assertThat(range.dates()).hasSize(6).startsWith(LocalDate.of(2026, 12, 1)).endsWith(LocalDate.of(2026, 12, 6));
        assertThat(range.label().id()).isEqualTo("1 Desember 2026 – 6 Desember 2026");
        assertThat(ReportingPeriod.month(2026, 12).dates()).hasSize(31);
    }

    @Test
    void labelsAreInIndonesianAndEnglish() {
        assertThat(ReportingPeriod.month(2026, 8).label().id()).isEqualTo("Agustus 2026");
        assertThat(ReportingPeriod.month(2026, 8).label().en()).isEqualTo("August 2026");
        assertThat(ReportingPeriod.quarter(2026, 4).label().id()).isEqualTo("Triwulan IV 2026");
        assertThat(ReportingPeriod.semester(2026, 2).label().id()).isEqualTo("Semester II 2026");
        assertThat(ReportingPeriod.year(2026).label().en()).isEqualTo("Year 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-01", "2026-12", "2026-Q1", "2026-Q4", "2026-S1", "2026-S2",
            "2026-12-01..2026-12-06", "2026-12-31..2026-12-31"})
    void aKeyParsesBackToItsPeriod(String key) {
        assertThat(ReportingPeriod.parse(key).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-13|Month must be 01–12",
            "2026-00|Month must be 01–12",
            "2026-Q5|Quarter must be 1–4",
            "2026-S3|Semester must be 1 or 2",
            "2026-02-30..2026-03-01|2026-02-30 is not a date",
            "2026-12-06..2026-12-01|End date 2026-12-01 is before start date 2026-12-06",
            "0000|Year must be 0001–9999",
            "26-12|is not a period key",
            "2026/12|is not a period key",
            "Desember 2026|is not a period key"})
    void aMalformedKeyIsRefusedWithItsReason(String key, String reason) {
        InvalidPeriodKeyException e = catchThrowableOfType(InvalidPeriodKeyException.class,
                () -> ReportingPeriod.parse(key));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.problem().en()).contains(reason);
        assertThat(e.problem().id()).isNotBlank();
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> ReportingPeriod.parse(" ")).isInstanceOf(InvalidPeriodKeyException.class)
                .hasMessage("The period key is empty");
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(InvalidPeriodKeyException.class);
    }

    @Test
    void thePreviousPeriodsOfTheSameKindComeOldestFirst() {
        assertThat(ReportingPeriod.quarter(2026, 1).previous(3)).extracting(ReportingPeriod::key)
                .containsExactly("2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(ReportingPeriod.month(2026, 2).previous(3)).extracting(ReportingPeriod::key)
                .containsExactly("2025-11", "2025-12", "2026-01");
        assertThat(ReportingPeriod.semester(2026, 1).previous().key()).isEqualTo("2025-S2");
        assertThat(ReportingPeriod.year(2026).previous(2)).extracting(ReportingPeriod::key)
                .containsExactly("2024", "2025");
        // A 6-day range is preceded by the 6 days before it.
        assertThat(ReportingPeriod.parse("2026-12-01..2026-12-06").previous().key())
                .isEqualTo("2026-11-25..2026-11-30");
        assertThat(ReportingPeriod.month(2026, 2).previous(0)).isEmpty();
    }

    @Test
    void aRangeIsNotFoundFromADayAndEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> ReportingPeriod.containing(PeriodKind.RANGE, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.range(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsOfTheSameDaysButAnotherKindDiffer() {
        ReportingPeriod december = ReportingPeriod.month(2026, 12);
        ReportingPeriod sameDays = ReportingPeriod.range(december.firstDay(), december.lastDay());
        assertThat(sameDays).isNotEqualTo(december);
        assertThat(ReportingPeriod.parse("2026-12")).isEqualTo(december).hasSameHashCodeAs(december);
    }
}
