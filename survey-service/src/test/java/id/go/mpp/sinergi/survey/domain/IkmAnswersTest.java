package id.go.mpp.sinergi.survey.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IkmAnswersTest {

    @Test
    void nineAnswersOnTheScaleOneToFourAreAccepted() {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int unsur = 1; unsur <= 9; unsur++) {
            answers.put(unsur, 1 + unsur % 4);
        }
        assertThat(IkmAnswers.of(answers).answers()).hasValueSatisfying(a ->
                assertThat(a.values()).containsExactly((short) 2, (short) 3, (short) 4, (short) 1, (short) 2,
                        (short) 3, (short) 4, (short) 1, (short) 2));
    }

    @Test
    void aMissingUnsurIsNamed() {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int unsur = 1; unsur <= 9; unsur++) {
            if (unsur != 6) {
                answers.put(unsur, 3);
            }
        }
        IkmAnswers.Result result = IkmAnswers.of(answers);
        assertThat(result.answers()).isEmpty();
        assertThat(result.missingUnsur()).isEqualTo(6);
    }

    @Test
    void valuesOutsideTheScaleAreRefused() {
        assertThat(IkmAnswers.of(Map.of(1, 5)).answers()).isEmpty();
        assertThat(IkmAnswers.of(Map.of(10, 3)).problem()).contains("does not exist");
    }

    @Test
    void aServedStepIsInvitedWhenItsVisitorCanBeReachedByAccountOrByTheTicketsSurveyCode() {
        InvitationPolicy policy = new InvitationPolicy(java.time.Duration.ofDays(7));
        assertThat(policy.invites("c-1", null)).isTrue();
        assertThat(policy.invites(null, "9f86d081884c7d65")).isTrue();
        assertThat(policy.invites(null, null)).isFalse();
        assertThat(policy.invites(" ", "")).isFalse();
    }
}
