package id.go.mpp.sinergi.queue.domain;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketNumbersTest {

    @Test
    void numbersArePaddedToThreeDigitsAndKeepLongerOnes() {
        assertThat(TicketNumbers.format("IMI-A", 12)).isEqualTo("IMI-A-012");
        assertThat(TicketNumbers.format("DUK-B", 1234)).isEqualTo("DUK-B-1234");
        assertThatThrownBy(() -> TicketNumbers.format("X", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServiceDayEndsAtTheMppsLocalMidnight() {
        var wib = IndonesianTimeZone.WIB.zone();
        assertThat(TicketNumbers.serviceDate(Instant.parse("2026-11-23T16:59:59Z"), wib)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(TicketNumbers.serviceDate(Instant.parse("2026-11-23T17:00:00Z"), wib)).isEqualTo(LocalDate.of(2026, 11, 24));
        // The same instant is already the next day in Papua (WIT, UTC+9).
        assertThat(TicketNumbers.serviceDate(Instant.parse("2026-11-23T15:00:00Z"), IndonesianTimeZone.WIT.zone()))
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
