package id.go.mpp.sinergi.survey.domain.period;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month, quarter, semester, year or any range of days, as calendar dates (both ends included).
 * It has no zone of its own: its instants are those of its days in the MPP's zone ({@link #bounds(ZoneId)}), and a
 * response belongs to it by its local date there ({@link #contains(Instant, ZoneId)}).
 */
public final class ReportingPeriod {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-[Ss](\\d)");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private final PeriodKind kind;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private ReportingPeriod(PeriodKind kind, LocalDate firstDay, LocalDate lastDay) {
        this.kind = kind;
        this.firstDay = checkYear(firstDay);
        this.lastDay = checkYear(lastDay);
    }

    public static ReportingPeriod month(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, not " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return new ReportingPeriod(PeriodKind.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }

    public static ReportingPeriod month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    /** Quarter 1–4: January–March … October–December. */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, not " + quarter);
        }
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new ReportingPeriod(PeriodKind.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    /** Semester 1 (January–June) or 2 (July–December). */
    public static ReportingPeriod semester(int year, int semester) {
        if (semester < 1 || semester > 2) {
            throw new IllegalArgumentException("semester must be 1-2, not " + semester);
        }
        LocalDate first = LocalDate.of(year, 6 * semester - 5, 1);
        return new ReportingPeriod(PeriodKind.SEMESTER, first, first.plusMonths(6).minusDays(1));
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The days from {@code firstDay} to {@code lastDay}, both included. */
    public static ReportingPeriod range(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a range ends on or after its first day: " + firstDay + ".." + lastDay);
        }
        return new ReportingPeriod(PeriodKind.RANGE, firstDay, lastDay);
    }

    /** The period of {@code kind} that holds {@code day}; a range has no such period. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate day) {
        int month = day.getMonthValue();
        return switch (kind) {
            case MONTH -> month(day.getYear(), month);
            case QUARTER -> quarter(day.getYear(), (month + 2) / 3);
            case SEMESTER -> semester(day.getYear(), (month + 5) / 6);
            case YEAR -> year(day.getYear());
            case RANGE -> throw new IllegalArgumentException("a range is not found from a day; give its days");
        };
    }

    /** The period of {@code kind} that holds the local date of {@code instant} in {@code zone}. */
    public static ReportingPeriod containing(PeriodKind kind, Instant instant, ZoneId zone) {
        return containing(kind, LocalDate.ofInstant(instant, zone));
    }

    /**
     * The period of a key made by {@link #key()}: {@code 2026}, {@code 2026-12}, {@code 2026-Q4}, {@code 2026-S2}
     * or {@code 2026-12-01..2026-12-06}.
     *
     * @throws InvalidPeriodKeyException saying what is wrong, in Indonesian and English
     */
    public static ReportingPeriod parse(String key) {
        if (key == null || key.isBlank()) {
            throw invalid(key, "Kunci periode kosong", "The period key is empty");
        }
        String text = key.strip();
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            return year(year(key, m.group(1)));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw invalid(key, "Bulan harus 01–12, bukan " + m.group(2), "Month must be 01–12, not " + m.group(2));
            }
            return month(year(key, m.group(1)), month);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int quarter = Integer.parseInt(m.group(2));
            if (quarter < 1 || quarter > 4) {
                throw invalid(key, "Triwulan harus 1–4, bukan " + quarter, "Quarter must be 1–4, not " + quarter);
            }
            return quarter(year(key, m.group(1)), quarter);
        }
        if ((m = SEMESTER.matcher(text)).matches()) {
            int semester = Integer.parseInt(m.group(2));
            if (semester < 1 || semester > 2) {
                throw invalid(key, "Semester harus 1 atau 2, bukan " + semester,
                        "Semester must be 1 or 2, not " + semester);
            }
            return semester(year(key, m.group(1)), semester);
        }
        if ((m = RANGE.matcher(text)).matches()) {
            LocalDate first = date(key, m.group(1));
            LocalDate last = date(key, m.group(2));
            if (last.isBefore(first)) {
                throw invalid(key, "Tanggal akhir " + last + " sebelum tanggal awal " + first,
                        "End date " + last + " is before start date " + first);
            }
            return range(first, last);
        }
        throw invalid(key,
                "'" + key + "' bukan kunci periode: gunakan YYYY, YYYY-MM, YYYY-Qn (triwulan 1–4), YYYY-Sn "
                        + "(semester 1–2) atau YYYY-MM-DD..YYYY-MM-DD",
                "'" + key + "' is not a period key: use YYYY, YYYY-MM, YYYY-Qn (quarter 1–4), YYYY-Sn "
                        + "(semester 1–2) or YYYY-MM-DD..YYYY-MM-DD");
    }

    public PeriodKind kind() {
        return kind;
    }

    /** The stable key: {@code 2026-12}, {@code 2026-Q4}, {@code 2026-S2}, {@code 2026}, {@code 2026-12-01..2026-12-06}. */
    public String key() {
        int year = firstDay.getYear();
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, firstDay.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, quarterNumber());
            case SEMESTER -> String.format(Locale.ROOT, "%04d-S%d", year, semesterNumber());
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case RANGE -> firstDay + ".." + lastDay;
        };
    }

    /** A title for reports: {@code Desember 2026}, {@code Triwulan IV 2026}, {@code Semester II 2026}, … */
    public LocalizedText label() {
        int year = firstDay.getYear();
        return switch (kind) {
            case MONTH -> LocalizedText.of(BULAN[firstDay.getMonthValue() - 1] + " " + year,
                    MONTHS[firstDay.getMonthValue() - 1] + " " + year);
            case QUARTER -> LocalizedText.of("Triwulan " + ROMAN[quarterNumber() - 1] + " " + year,
                    "Q" + quarterNumber() + " " + year);
            case SEMESTER -> LocalizedText.of("Semester " + ROMAN[semesterNumber() - 1] + " " + year,
                    "H" + semesterNumber() + " " + year);
            case YEAR -> LocalizedText.of("Tahun " + year, "Year " + year);
            case RANGE -> LocalizedText.of(day(firstDay, BULAN) + " – " + day(lastDay, BULAN),
                    day(firstDay, MONTHS) + " – " + day(lastDay, MONTHS));
        };
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day, included. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /** Every day of the period, in order (check {@link #lengthInDays()} first for a range a caller typed). */
    public List<LocalDate> dates() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    /** The first instant of the first day in {@code zone}. */
    public Instant start(ZoneId zone) {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day in {@code zone} (excluded). */
    public Instant end(ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** [start, end) in {@code zone}. */
    public PeriodBounds bounds(ZoneId zone) {
        return new PeriodBounds(start(zone), end(zone));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Whether the local date of {@code instant} in {@code zone} is a day of this period. */
    public boolean contains(Instant instant, ZoneId zone) {
        return contains(LocalDate.ofInstant(instant, zone));
    }

    /** The period of the same kind just before; for a range, as many days ending the day before it starts. */
    public ReportingPeriod previous() {
        return switch (kind) {
            case MONTH -> containing(kind, firstDay.minusMonths(1));
            case QUARTER -> containing(kind, firstDay.minusMonths(3));
            case SEMESTER -> containing(kind, firstDay.minusMonths(6));
            case YEAR -> containing(kind, firstDay.minusYears(1));
            case RANGE -> range(firstDay.minusDays(lengthInDays()), firstDay.minusDays(1));
        };
    }

    /** The {@code count} periods of the same kind before this one, oldest first (the last is {@link #previous()}). */
    public List<ReportingPeriod> previous(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, not " + count);
        }
        List<ReportingPeriod> periods = new ArrayList<>(count);
        ReportingPeriod period = this;
        for (int i = 0; i < count; i++) {
            period = period.previous();
            periods.add(period);
        }
        Collections.reverse(periods);
        return List.copyOf(periods);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod other && kind == other.kind && firstDay.equals(other.firstDay)
                && lastDay.equals(other.lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, firstDay, lastDay);
    }

    /** The key. */
    @Override
    public String toString() {
        return key();
    }

    private int quarterNumber() {
        return (firstDay.getMonthValue() + 2) / 3;
    }

    private int semesterNumber() {
        return (firstDay.getMonthValue() + 5) / 6;
    }

    private static String day(LocalDate date, String[] months) {
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static LocalDate checkYear(LocalDate day) {
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("a reporting period lies in the years 0001-9999, not " + day);
        }
        return day;
    }

    private static int year(String key, String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1) {
            throw invalid(key, "Tahun harus 0001–9999", "Year must be 0001–9999");
        }
        return year;
    }

    private static LocalDate date(String key, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            year(key, text.substring(0, 4));
            return date;
        } catch (DateTimeException e) {
            throw invalid(key, text + " bukan tanggal", text + " is not a date");
        }
    }

    private static InvalidPeriodKeyException invalid(String key, String id, String en) {
        return new InvalidPeriodKeyException(key, LocalizedText.of(id, en));
    }
}
