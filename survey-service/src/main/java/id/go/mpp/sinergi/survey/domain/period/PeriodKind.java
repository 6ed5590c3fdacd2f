package id.go.mpp.sinergi.survey.domain.period;

/** The kinds of reporting period, with the shape of their keys. */
public enum PeriodKind {
    /** {@code 2026-12} */
    MONTH,
    /** {@code 2026-Q4} */
    QUARTER,
    /** {@code 2026-S2} */
    SEMESTER,
    /** {@code 2026} */
    YEAR,
    /** {@code 2026-12-01..2026-12-06}, both days included */
    RANGE
}
