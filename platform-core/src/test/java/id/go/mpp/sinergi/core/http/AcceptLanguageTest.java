package id.go.mpp.sinergi.core.http;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptLanguageTest {

    @Test
    void aHeaderTheJdkCannotParseCountsAsNoneInsteadOfFailingTheRefusal() {
        for (String header : new String[] {"-", "en;q=abc", "*;q=2", ";", ""}) {
            assertThat(RequestBodyLimit.acceptableLanguages(header)).as(header).isEmpty();
        }
        assertThat(RequestBodyLimit.acceptableLanguages("en, id;q=0.5")).startsWith(Locale.ENGLISH)
                .contains(Locale.forLanguageTag("id"));
    }
}
