package id.go.mpp.sinergi.core.privacy;

/**
 * Masks personal identifiers before they reach logs, events for other agencies or audit records
 * (UU 27/2022 PDP; NIK and KK numbers are also protected by UU Adminduk). Keep enough to let an officer
 * recognise a record, never enough to reconstruct it.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * A 16-digit NIK keeps its province/regency code (first 4) and last 2 digits:
     * {@code 1571015208900003} → {@code 1571**********03}. Anything that is not 16 digits is fully masked.
     */
    public static String nik(String nik) {
        if (nik == null) {
            return null;
        }
        String digits = nik.strip();
        if (!digits.matches("\\d{16}")) {
            return "*".repeat(Math.max(digits.length(), 4));
        }
        return digits.substring(0, 4) + "*".repeat(10) + digits.substring(14);
    }

    /**
     * A phone number keeps its first 4 and last 3 digits, other digits become {@code *}, separators go:
     * {@code +62 812-3456-7890} → {@code +6281******890}.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        boolean plus = phone.strip().startsWith("+");
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return (plus ? "+" : "") + "*".repeat(Math.max(digits.length(), 4));
        }
        return (plus ? "+" : "") + digits.substring(0, 4) + "*".repeat(digits.length() - 7)
                + digits.substring(digits.length() - 3);
    }

    private static final java.util.regex.Pattern NIK_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    /** Indonesian mobile numbers: +62 / 62 / 0, then 8 and 7–11 more digits, separators allowed. */
    private static final java.util.regex.Pattern PHONE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![\\d+])(?:\\+62|62|0)[ -]?8(?:[ -]?\\d){7,11}(?!\\d)");

    /** Masks every 16-digit run (a NIK-shaped number) in free text such as a log line or a description. */
    public static String niksIn(String text) {
        if (text == null) {
            return null;
        }
        return NIK_IN_TEXT.matcher(text).replaceAll(match -> nik(match.group()));
    }

    /** Masks NIK-shaped numbers and Indonesian mobile numbers in free text. */
    public static String personalDataIn(String text) {
        if (text == null) {
            return null;
        }
        String niksMasked = niksIn(text);
        return PHONE_IN_TEXT.matcher(niksMasked).replaceAll(match ->
                java.util.regex.Matcher.quoteReplacement(phone(match.group())));
    }
}
