package id.go.mpp.sinergi.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * {@code 1571015208900003} → {@code 1571**********03}; separators go and digits of any script become ASCII.
     * Anything that is not 16 digits is fully masked.
     */
    public static String nik(String nik) {
        if (nik == null) {
            return null;
        }
        String stripped = nik.strip();
        String digits = asciiDigits(stripped);
        if (digits.length() != 16 || !stripped.matches("\\p{Nd}+(?:" + SEPARATOR + "\\p{Nd}+)*")) {
            return "*".repeat(Math.max(stripped.length(), 4));
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
        String stripped = phone.strip();
        boolean plus = stripped.matches("[(（]?[+＋].*");
        String digits = asciiDigits(stripped);
        if (digits.length() < 8) {
            return (plus ? "+" : "") + "*".repeat(Math.max(digits.length(), 4));
        }
        return (plus ? "+" : "") + digits.substring(0, 4) + "*".repeat(digits.length() - 7)
                + digits.substring(digits.length() - 3);
    }

    /** Masks every NIK (16 digits, possibly grouped by one kind of single separator) in free text. */
    public static String niksIn(String text) {
        return maskIn(text, false);
    }

    /**
     * Masks NIKs, Indonesian phone numbers — mobile and landline, national ({@code 0…}) or international
     * ({@code +62}, {@code 0062}), grouped by spaces, dots, dashes or parentheses, in any script's digits — and
     * e-mail addresses ({@code ***@***}) in free text such as a log line or a description. UUIDs, timestamps,
     * codes and rupiah amounts stay as they are.
     */
    public static String personalDataIn(String text) {
        if (text == null) {
            return null;
        }
        return maskIn(text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("***@***"), true);
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    // One separator between digit groups: space (also no-break and ideographic), dot or dash (also full-width).
    private static final String SEPARATOR = "[ .\\-\\u00A0\\u2010-\\u2013\\u2212\\u3000\\uFF0D\\uFF0E]";
    private static final String OPEN = "(（";
    private static final String CLOSE = ")）";
    private static final String PLUS = "+＋";
    private static final String GROUP_BREAK = "(?:[)）]" + SEPARATOR + "?[(（]?|" + SEPARATOR + "[(（]?|[(（])";

    /**
     * Either a token kept whole (a UUID, an amount after {@code Rp}/{@code IDR}) or a run of digit groups with
     * an optional leading {@code +} or {@code (}; the run is then split into groups and read in Java.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<keep>(?<![\\p{Alnum}])\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}(?![\\p{Alnum}])"
                    + "|(?:\\bRp|\\bIDR)\\.?\\s?\\p{Nd}[\\p{Nd}.,]*)"
                    + "|(?<run>[(（]?[+＋]?[(（]?\\p{Nd}+(?:" + GROUP_BREAK + "\\p{Nd}+)*)");

    private static String maskIn(String text, boolean phones) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (matcher.find()) {
            if (matcher.group("run") == null) {
                continue;
            }
            out.append(text, copied, matcher.start());
            out.append(maskRun(text, matcher.start(), matcher.end(), phones));
            copied = matcher.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** A run of digit groups: the longest NIK or phone number starting at each group is masked. */
    private static String maskRun(String text, int start, int end, boolean phones) {
        List<int[]> groups = new ArrayList<>();
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isDigit(cp)) {
                int groupStart = i;
                while (i < end && Character.isDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                groups.add(new int[] {groupStart, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        StringBuilder out = new StringBuilder();
        int copied = start;
        int i = 0;
        while (i < groups.size()) {
            int prefixStart = prefixStart(text, i == 0 ? start : groups.get(i - 1)[1], groups.get(i)[0]);
            int bestEnd = -1;
            String bestMasked = null;
            int bestStart = groups.get(i)[0];
            String prefix = text.substring(prefixStart, groups.get(i)[0]);
            boolean plus = prefix.chars().anyMatch(c -> PLUS.indexOf(c) >= 0);
            StringBuilder digits = new StringBuilder();
            for (int j = i; j < groups.size() && digits.length() <= 16; j++) {
                digits.append(asciiDigits(text.substring(groups.get(j)[0], groups.get(j)[1])));
                // Province codes start at 11: sixteen digits after a 0 or a plus are a phone number, not a NIK.
                if (digits.length() == 16 && !plus && digits.charAt(0) != '0' && isNikGrouping(text, groups, i, j)) {
                    bestEnd = j;
                    bestStart = groups.get(i)[0];
                    bestMasked = nik(digits.toString());
                } else if (phones && isPhone(text, groups, i, j, digits.toString(), plus)) {
                    bestEnd = j;
                    bestStart = includesOpenParen(prefix) && unmatchedClose(text, groups.get(i)[0], groups.get(j)[1])
                            ? prefixStart : plusStart(text, prefixStart, groups.get(i)[0]);
                    bestMasked = phone((plus ? "+" : "") + digits);
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            out.append(text, copied, bestStart).append(bestMasked);
            copied = groups.get(bestEnd)[1];
            i = bestEnd + 1;
        }
        return out.append(text, copied, end).toString();
    }

    /** Where the {@code +} / {@code (} right before a group begin (the group itself when there are none). */
    private static int prefixStart(String text, int from, int groupStart) {
        int p = groupStart;
        while (p > from && (OPEN.indexOf(text.charAt(p - 1)) >= 0 || PLUS.indexOf(text.charAt(p - 1)) >= 0)) {
            p--;
        }
        return p;
    }

    private static int plusStart(String text, int prefixStart, int groupStart) {
        for (int p = prefixStart; p < groupStart; p++) {
            if (PLUS.indexOf(text.charAt(p)) >= 0) {
                return p;
            }
        }
        return groupStart;
    }

    private static boolean includesOpenParen(String prefix) {
        return prefix.chars().anyMatch(c -> OPEN.indexOf(c) >= 0);
    }

    private static boolean unmatchedClose(String text, int from, int to) {
        int depth = 0;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            depth += OPEN.indexOf(c) >= 0 ? 1 : CLOSE.indexOf(c) >= 0 ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** A NIK is one group of 16 digits or groups of at least 2 digits joined by one kind of single separator. */
    private static boolean isNikGrouping(String text, List<int[]> groups, int first, int last) {
        String separator = null;
        for (int g = first; g <= last; g++) {
            if (groups.get(g)[1] - groups.get(g)[0] < 2 && first != last) {
                return false;
            }
            if (g > first) {
                String between = text.substring(groups.get(g - 1)[1], groups.get(g)[0]);
                if (!between.matches(SEPARATOR) || (separator != null && !separator.equals(between))) {
                    return false;
                }
                separator = between;
            }
        }
        return true;
    }

    /**
     * Mobile numbers: {@code 08…}, {@code 628…}, {@code +62 8…} or {@code 0062 8…}, 8–12 digits after the
     * country code or trunk 0. Landlines need the trunk 0 or the country code with a plus or 00, and an area
     * code written as its own group (a two- or three-digit one), unless written as one block of 10–12 digits.
     */
    private static boolean isPhone(String text, List<int[]> groups, int first, int last, String digits, boolean plus) {
        int prefix;
        if (plus && digits.startsWith("62")) {
            prefix = 2;
        } else if (plus) {
            return false;
        } else if (digits.startsWith("0062")) {
            prefix = 4;
        } else if (digits.startsWith("628")) {
            prefix = 2;
        } else if (digits.startsWith("0")) {
            prefix = 1;
        } else {
            return false;
        }
        String national = digits.substring(prefix);
        if (national.isEmpty()) {
            return false;
        }
        if (national.charAt(0) == '8') {
            return national.length() >= 8 && national.length() <= 12 && !looksLikeAmount(text, groups, first, last);
        }
        if ("2345679".indexOf(national.charAt(0)) < 0 || national.length() < 7 || national.length() > 11) {
            return false;
        }
        if (first == last) {
            return digits.length() >= 10 && digits.length() <= 12 && prefix == 1;
        }
        // The area code is what is left of the groups the prefix ends in.
        int consumed = 0;
        int g = first;
        while (g <= last && consumed + (groups.get(g)[1] - groups.get(g)[0]) <= prefix) {
            consumed += groups.get(g)[1] - groups.get(g)[0];
            g++;
        }
        if (g > last) {
            return false;
        }
        int area = groups.get(g)[1] - groups.get(g)[0] - (prefix - consumed);
        return area >= 2 && area <= 3 && g < last;
    }

    /** {@code 62.812.345.678} reads as an amount (thousands grouped by dots), not as a phone number. */
    private static boolean looksLikeAmount(String text, List<int[]> groups, int first, int last) {
        if (first == last || groups.get(first)[1] - groups.get(first)[0] > 3) {
            return false;
        }
        for (int g = first + 1; g <= last; g++) {
            if (groups.get(g)[1] - groups.get(g)[0] != 3 || !".".equals(text.substring(groups.get(g - 1)[1], groups.get(g)[0]))) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits of every decimal digit in the text (Arabic-Indic, full-width… included), in order. */
    private static String asciiDigits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.codePoints().filter(Character::isDigit).forEach(cp -> digits.append((char) ('0' + Character.digit(cp, 10))));
        return digits.toString();
    }
}
