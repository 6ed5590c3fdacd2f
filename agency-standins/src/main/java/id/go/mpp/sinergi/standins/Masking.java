package id.go.mpp.sinergi.standins;

/** How personal data appears in logs: never whole. */
public final class Masking {

    private Masking() {
    }

    /** A NIK as its first 4 digits (the regency) and asterisks: {@code 3273************}. */
    public static String nik(String nik) {
        if (nik == null) {
            return "-";
        }
        String v = nik.trim();
        if (v.length() <= 4) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 4) + "*".repeat(v.length() - 4);
    }

    /** A phone number as its first 5 and last 2 characters: {@code +6281******89}. */
    public static String phone(String phone) {
        if (phone == null) {
            return "-";
        }
        String v = phone.trim();
        if (v.length() < 9) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 5) + "*".repeat(v.length() - 7) + v.substring(v.length() - 2);
    }

    /** Masks every run of 16 digits (a NIK) in free text such as a request path. */
    public static String niksIn(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, nik(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
