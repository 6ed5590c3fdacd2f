package id.go.mpp.sinergi.queue.domain;

import id.go.mpp.sinergi.core.codes.ReadableCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyCodesTest {

    @Test
    void aCodeIsTenReadableCharactersPrintedInTwoGroupsOfFive() {
        String code = SurveyCodes.next();
        assertThat(code).matches(ReadableCodes.CHARACTER + "{10}");
        assertThat(SurveyCodes.printed(code)).matches(SurveyCodes.PRINTED)
                .isEqualTo(code.substring(0, 5) + "-" + code.substring(5));
        assertThat(SurveyCodes.printed("7k3m9q2xab")).isEqualTo("7K3M9-Q2XAB");
    }

    @Test
    void thePublishedHashIsTheSameForTheCodeAsStoredAndAsPrinted() {
        assertThat(SurveyCodes.hash("7K3M9Q2XAB")).isEqualTo(ReadableCodes.hash("7K3M9-Q2XAB")).hasSize(64)
                .doesNotContain("7K3M9");
    }

    @Test
    void aTicketIssuedBeforeSurveyCodesHasNoneToPrintOrPublish() {
        assertThat(SurveyCodes.printed(null)).isNull();
        assertThat(SurveyCodes.hash(null)).isNull();
    }
}
