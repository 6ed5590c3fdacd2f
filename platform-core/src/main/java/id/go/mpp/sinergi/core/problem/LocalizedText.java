package id.go.mpp.sinergi.core.problem;

import java.util.List;
import java.util.Locale;

/**
 * A text citizens may read, in Indonesian and English. Indonesian is the default; English is chosen when
 * the request prefers it ({@code Accept-Language: en}).
 */
public record LocalizedText(String id, String en) {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public static LocalizedText of(String id, String en) {
        return new LocalizedText(id, en);
    }

    public String in(Locale locale) {
        return isEnglish(locale) ? en : id;
    }

    /** Formats both texts with the same arguments ({@link String#format}). */
    public LocalizedText formatted(Object... args) {
        return new LocalizedText(String.format(INDONESIAN, id, args), String.format(Locale.ENGLISH, en, args));
    }

    /** The first language of {@code acceptable} (in preference order) that Sinergi speaks; Indonesian otherwise. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("id".equals(language) || "in".equals(language)) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
