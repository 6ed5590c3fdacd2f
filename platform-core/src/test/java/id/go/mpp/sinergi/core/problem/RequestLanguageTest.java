package id.go.mpp.sinergi.core.problem;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLanguageTest {

    @Test
    void aHeaderTheJdkCannotParseCountsAsNoneInsteadOfFailingTheRefusal() {
        for (String header : new String[] {"-", "en;q=abc", "*;q=2", ";", ""}) {
            assertThat(RequestLanguage.ranges(header)).as(header).isEmpty();
        }
        assertThat(RequestLanguage.ranges("en, id;q=0.5")).startsWith(Locale.ENGLISH)
                .contains(Locale.forLanguageTag("id"));
    }
}
