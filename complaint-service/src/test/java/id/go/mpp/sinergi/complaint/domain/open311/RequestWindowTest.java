package id.go.mpp.sinergi.complaint.domain.open311;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void withoutDatesTheWindowIsTheLast90DaysUpToNow() {
        RequestWindow window = RequestWindow.of(null, " ", NOW, WIB);
        assertThat(window.start()).isEqualTo(Instant.parse("2026-09-07T07:00:00Z"));
        assertThat(window.endExclusive()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void aStartDateAloneReaches90DaysOnAndAnEndDateAlone90DaysBack() {
        assertThat(RequestWindow.of("2026-01-01T00:00:00Z", null, NOW, WIB).endExclusive())
                .isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(RequestWindow.of(null, "2026-04-01T00:00:00Z", NOW, WIB).start())
                .isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    }

    @Test
    void anEndDateCountsToTheEndOfItsSecondAndAPlainDateToTheEndOfItsDayInTheMppsZone() {
        assertThat(RequestWindow.of(null, "2026-12-06T14:05:09+07:00", NOW, WIB).endExclusive())
                .isEqualTo(Instant.parse("2026-12-06T07:05:10Z"));
        RequestWindow days = RequestWindow.of("2026-12-01", "2026-12-06", NOW, WIB);
        assertThat(days.start()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(days.endExclusive()).isEqualTo(Instant.parse("2026-12-06T17:00:00Z"));
    }

    @Test
    void exactly90DaysAreAllowedAndOneSecondMoreIsNot() {
        RequestWindow.of("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", NOW, WIB);
        assertThatThrownBy(() -> RequestWindow.of("2026-01-01T00:00:00Z", "2026-04-01T00:00:01Z", NOW, WIB))
                .isInstanceOfSatisfying(Open311Refusal.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anEndBeforeTheStartOrDatesThatAreNoW3cDateTimesAre400() {
        assertThatThrownBy(() -> RequestWindow.of("2026-06-01", "2026-05-01", NOW, WIB))
                .isInstanceOf(Open311Refusal.class);
        for (String bad : new String[]{"kemarin", "2026-02-30", "2026-12-06T25:00:00Z", "2026-12-06T10:00:00",
                "+999999999-12-31T00:00:00Z", "1900-01-01", "9".repeat(50)}) {
            assertThatThrownBy(() -> RequestWindow.of(bad, null, NOW, WIB)).as(bad)
                    .isInstanceOfSatisfying(Open311Refusal.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
