package id.go.mpp.sinergi.core.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The language to answer a request in, from its {@code Accept-Language}; a malformed header counts as none. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return LocalizedText.choose(List.of());
        }
        try {
            return LocalizedText.choose(headers.getAcceptableLanguages());
        } catch (RuntimeException malformed) {
            // e.g. "en;q=abc": the header cannot be read, so it cannot ask for English either.
            return LocalizedText.choose(List.of());
        }
    }

    /** The same from the raw header, for refusals made before JAX-RS runs (no {@code HttpHeaders} there). */
    public static Locale of(String acceptLanguage) {
        return LocalizedText.choose(ranges(acceptLanguage));
    }

    /** Whether the JDK can read the header (absent counts as readable). */
    public static boolean readable(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return true;
        }
        try {
            Locale.LanguageRange.parse(acceptLanguage);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The header's languages in preference order; a header the JDK cannot parse counts as none. */
    static List<Locale> ranges(String header) {
        List<Locale> locales = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return locales;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                locales.add(Locale.forLanguageTag(range.getRange()));
            }
        } catch (RuntimeException e) {
            // Not only IllegalArgumentException: the JDK's parser throws ArrayIndexOutOfBoundsException on "-".
            locales.clear();
        }
        return locales;
    }
}
