package id.go.mpp.sinergi.gateway.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structure of a NIK (Nomor Induk Kependudukan), checked before anything is sent to Dukcapil:
 * {@code PP RR SS DDMMYY XXXX} — province, regency and district of first registration; the birth date with the day
 * plus 40 for women; a serial from 0001. There is no check digit, so a well-formed NIK may still not exist: only
 * Dukcapil can say.
 */
public final class Nik {

    /** What is wrong with a NIK or with how it fits the birth date given. */
    public enum Violation {
        /** Not exactly 16 digits. */
        NOT_SIXTEEN_DIGITS,
        /** The first two digits are no province's code. */
        UNKNOWN_PROVINCE,
        /** Regency or district code {@code 00}. */
        NO_REGION,
        /** Digits 7–12 are no real date (day minus 40 for women). */
        NOT_A_BIRTH_DATE,
        /** Serial {@code 0000}. */
        ZERO_SERIAL,
        /** The birth date in the NIK is not the birth date given. */
        BIRTH_DATE_DIFFERS
    }

    /**
     * Province codes of Kemendagri (Permendagri 100.1.1-6117/2022): 91–96 are the Papua provinces since 2022; a NIK
     * first registered in Papua before keeps 91 or 94, which stay valid.
     */
    static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
            31, 32, 33, 34, 35, 36,
            51, 52, 53,
            61, 62, 63, 64, 65,
            71, 72, 73, 74, 75, 76,
            81, 82,
            91, 92, 93, 94, 95, 96);

    private Nik() {
    }

    /** Everything wrong with {@code nik} on its own; empty when its structure is valid. */
    public static List<Violation> check(String nik) {
        List<Violation> violations = new ArrayList<>();
        if (nik == null || nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            violations.add(Violation.NOT_SIXTEEN_DIGITS);
            return violations;
        }
        if (!PROVINCES.contains(number(nik, 0, 2))) {
            violations.add(Violation.UNKNOWN_PROVINCE);
        }
        if (number(nik, 2, 4) == 0 || number(nik, 4, 6) == 0) {
            violations.add(Violation.NO_REGION);
        }
        if (!isRealDate(number(nik, 6, 8) > 40 ? number(nik, 6, 8) - 40 : number(nik, 6, 8), number(nik, 8, 10),
                number(nik, 10, 12))) {
            violations.add(Violation.NOT_A_BIRTH_DATE);
        }
        if (number(nik, 12, 16) == 0) {
            violations.add(Violation.ZERO_SERIAL);
        }
        return violations;
    }

    /**
     * Everything wrong with {@code nik} for a person born on {@code birthDate}: its own structure, and whether its
     * date digits are that birth date (for a man or for a woman: the sex is not asked, the day says it).
     */
    public static List<Violation> check(String nik, LocalDate birthDate) {
        List<Violation> violations = check(nik);
        if (violations.isEmpty() && birthDate != null && !encodes(nik, birthDate)) {
            violations.add(Violation.BIRTH_DATE_DIFFERS);
        }
        return violations;
    }

    /** Whether the NIK's day is over 40: registered as a woman. Only for a NIK whose structure is valid. */
    public static boolean registeredFemale(String nik) {
        return number(nik, 6, 8) > 40;
    }

    private static boolean encodes(String nik, LocalDate birthDate) {
        int day = number(nik, 6, 8);
        return (day == birthDate.getDayOfMonth() || day == birthDate.getDayOfMonth() + 40)
                && number(nik, 8, 10) == birthDate.getMonthValue()
                && number(nik, 10, 12) == birthDate.getYear() % 100;
    }

    /** A two-digit year is a real date in one of the two centuries a living person's NIK can mean (29-02-00). */
    private static boolean isRealDate(int day, int month, int twoDigitYear) {
        return isDate(1900 + twoDigitYear, month, day) || isDate(2000 + twoDigitYear, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    private static int number(String nik, int from, int to) {
        return Integer.parseInt(nik, from, to, 10);
    }
}
