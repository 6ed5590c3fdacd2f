package id.go.mpp.sinergi.complaint.domain.calendar;

/** Why a weekday is not a working day for complaint deadlines. */
public enum NonWorkingDayKind {
    /** A national public holiday (hari libur nasional, SKB 3 Menteri). */
    NATIONAL_HOLIDAY,
    /** Collective leave of the civil service (cuti bersama ASN, SKB 3 Menteri). */
    CUTI_BERSAMA,
    /** A holiday of one region only (e.g. a regional anniversary declared a holiday by the Pemda). */
    LOCAL_HOLIDAY
}
