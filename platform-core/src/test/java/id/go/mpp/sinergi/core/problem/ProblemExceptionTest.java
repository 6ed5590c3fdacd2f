package id.go.mpp.sinergi.core.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTest {

    @Test
    void aProblemIsAnAnswerSoItCarriesItsTextsButNoStackTrace() {
        ProblemException e = ProblemException.conflict("booking-slot-full",
                LocalizedText.of("Kuota slot %s sudah habis", "The quota of the %s slot is used up").formatted("09:00"));

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.detail().en()).isEqualTo("The quota of the 09:00 slot is used up");
        assertThat(e.getMessage()).isEqualTo("booking-slot-full: The quota of the 09:00 slot is used up");
        assertThat(e.getStackTrace()).isEmpty();
    }
}
