package id.go.mpp.sinergi.core.problem;

import jakarta.ws.rs.core.HttpHeaders;

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
}
