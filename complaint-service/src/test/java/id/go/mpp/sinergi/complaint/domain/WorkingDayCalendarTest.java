package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.complaint.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    /** The national non-working days the migration seeds (SKB 3 Menteri 2026; 2027 without cuti bersama). */
    static final List<LocalDate> SEEDED_NATIONAL_DAYS = Stream.of(
            // 2026 holidays
            "2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-21", "2026-03-22", "2026-04-03",
            "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-01", "2026-06-16",
            "2026-08-17", "2026-08-25", "2026-12-25",
            // 2026 cuti bersama
            "2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28",
            "2026-12-24",
            // 2027 (fixed, computed and estimated)
            "2027-01-01", "2027-01-05", "2027-02-06", "2027-03-08", "2027-03-10", "2027-03-11", "2027-03-26",
            "2027-03-28", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-20", "2027-06-01", "2027-06-06",
            "2027-08-15", "2027-08-17", "2027-12-25").map(LocalDate::parse).toList();

    static final WorkingDayCalendar NATIONAL = WorkingDayCalendar.of(SEEDED_NATIONAL_DAYS);

    private static final String MIGRATION = "/db/migration/V2026.12.06.1100__working_day_calendar.sql";

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAndSeededHolidaysAreNot() {
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2026-02-06"))).as("a Friday").isTrue();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2026-02-07"))).as("a Saturday").isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2026-02-08"))).as("a Sunday").isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2026-08-17"))).as("Kemerdekaan, a Monday").isFalse();
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2026-12-24"))).as("cuti bersama Natal").isFalse();
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(NATIONAL.plusWorkingDays(LocalDate.parse("2026-02-04"), 1)).isEqualTo("2026-02-05");
        assertThat(NATIONAL.plusWorkingDays(LocalDate.parse("2026-02-06"), 1)).as("Friday → Monday")
                .isEqualTo("2026-02-09");
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingDay() {
        // Kemerdekaan (Monday 17 August 2026): the first working day after it is Tuesday the 18th.
        assertThat(NATIONAL.plusWorkingDays(LocalDate.parse("2026-08-17"), 1)).isEqualTo("2026-08-18");
    }

    @Test
    void theWeekOfImlekLosesMondayAndTuesday() {
        // Friday 13 February 2026; Monday 16th is cuti bersama, Tuesday 17th Imlek.
        assertThat(NATIONAL.plusWorkingDays(LocalDate.parse("2026-02-13"), 1)).isEqualTo("2026-02-18");
    }

    @Test
    void lebaran2026IsSevenDaysInARowWithoutAWorkingDay() {
        // From Tuesday 17 March: 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idul Fitri, 23–24 cuti bersama.
        assertThat(NATIONAL.plusWorkingDays(LocalDate.parse("2026-03-17"), 1)).isEqualTo("2026-03-25");
        assertThat(NATIONAL.workingDaysBetween(LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-24")))
                .isZero();
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        LocalDate monday = LocalDate.parse("2026-02-02");
        assertThat(NATIONAL.workingDaysBetween(monday, monday)).isZero();
        assertThat(NATIONAL.workingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(NATIONAL.workingDaysBetween(monday, monday.plusDays(7))).as("a whole week").isEqualTo(5);
        assertThat(NATIONAL.workingDaysBetween(monday.plusDays(7), monday)).as("backwards").isZero();
    }

    @Test
    void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
        // Every start day of 2026, every count up to 25: across weekends, Lebaran and the year end.
        for (LocalDate from = LocalDate.parse("2026-01-01"); from.getYear() == 2026; from = from.plusDays(1)) {
            for (int n = 1; n <= 25; n++) {
                LocalDate due = NATIONAL.plusWorkingDays(from, n);
                assertThat(NATIONAL.isWorkingDay(due)).isTrue();
                assertThat(NATIONAL.workingDaysBetween(from, due)).as("%s + %d", from, n).isEqualTo(n);
                assertThat(NATIONAL.workingDaysBetween(from, due.minusDays(1))).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void theYear2026Has240WorkingDays() {
        // 261 weekdays, less the 13 holidays that fall on a weekday and the 8 cuti bersama.
        assertThat(NATIONAL.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31")))
                .isEqualTo(240);
    }

    @Test
    void aCalendarWithoutAnyWorkingDayFailsInsteadOfLoopingForever() {
        List<LocalDate> everyDay = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2026-01-01"); d.getYear() < 2040; d = d.plusDays(1)) {
            everyDay.add(d);
        }
        WorkingDayCalendar closed = WorkingDayCalendar.of(everyDay);
        assertThatThrownBy(() -> closed.plusWorkingDays(LocalDate.parse("2026-01-01"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("working days");
    }

    @Test
    void countsBelowOneAreRefused() {
        assertThatThrownBy(() -> NATIONAL.plusWorkingDays(LocalDate.parse("2026-01-05"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCalendarIsImmutable() {
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.parse("2026-02-10")));
        WorkingDayCalendar calendar = WorkingDayCalendar.of(days);
        days.add(LocalDate.parse("2026-02-11"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-11"))).isTrue();
        assertThatThrownBy(() -> calendar.nonWorkingDays().add(LocalDate.parse("2026-02-12")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theseTestsUseExactlyTheNationalDaysTheMigrationSeeds() throws IOException {
        String sql;
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<LocalDate> seeded = new TreeSet<>();
        Matcher row = Pattern.compile("\\(null, '(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
        while (row.find()) {
            seeded.add(LocalDate.parse(row.group(1)));
        }
        assertThat(seeded).containsExactlyElementsOf(new TreeSet<>(SEEDED_NATIONAL_DAYS));
    }
}
