package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.questionnaire.AgeBand;
import id.go.mpp.sinergi.survey.domain.questionnaire.Education;
import id.go.mpp.sinergi.survey.domain.questionnaire.Occupation;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;
import id.go.mpp.sinergi.survey.domain.questionnaire.Sex;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.go.mpp.sinergi.survey.domain.ikm.IkmCalculatorTest.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IkmTallyTest {

    private static final IkmAnswers ALL_THREES = answers(new int[]{3, 3, 3, 3, 3, 3, 3, 3, 3});
    private static final IkmAnswers MIXED = answers(new int[]{1, 2, 3, 4, 1, 2, 3, 4, 1});

    @Test
    void oneResponseIsOneRespondentWithItsAnswersAsSums() {
        IkmTally tally = IkmTally.of(MIXED);
        assertThat(tally.respondents()).isEqualTo(1);
        assertThat(tally.sums()).containsExactly(1, 2, 3, 4, 1, 2, 3, 4, 1);
        assertThat(tally.sum(Unsur.BIAYA)).isEqualTo(4);
        assertThat(tally.total()).isEqualTo(21);
    }

    @Test
    void talliesAddUpInAnyGroupingWithTheEmptyTallyAsZero() {
        IkmTally a = IkmTally.of(ALL_THREES);
        IkmTally b = IkmTally.of(MIXED, new RespondentProfile(Sex.PEREMPUAN, null, null, null));
        IkmTally c = IkmTally.of(10, new long[]{30, 31, 32, 33, 34, 35, 36, 37, 38});

        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(IkmTally.empty())).isEqualTo(a);
        assertThat(IkmTally.empty().plus(a)).isEqualTo(a);
        // 1 + 1 + 10 respondents; unsur 1: 3 + 1 + 30
        assertThat(a.plus(b).plus(c).respondents()).isEqualTo(12);
        assertThat(a.plus(b).plus(c).sum(Unsur.PERSYARATAN)).isEqualTo(34);
    }

    @Test
    void aStoredAggregateGivesTheSameIkmAsTheResponsesItSums() {
        IkmTally fromResponses = IkmTally.of(ALL_THREES).plus(IkmTally.of(MIXED));
        IkmTally stored = IkmTally.of(2, fromResponses.sums());
        assertThat(IkmCalculator.calculate(stored)).isEqualTo(IkmCalculator.calculate(fromResponses));
    }

    @Test
    void aStoredAggregateMustBeReachableWithAnswersOneToFour() {
        assertThatThrownBy(() -> IkmTally.of(2, new long[]{1, 2, 2, 2, 2, 2, 2, 2, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsur 1");
        assertThatThrownBy(() -> IkmTally.of(2, new long[]{8, 8, 8, 8, 8, 8, 8, 8, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsur 9");
        assertThatThrownBy(() -> IkmTally.of(2, new long[]{2, 2, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one sum per unsur");
        assertThatThrownBy(() -> IkmTally.of(-1, new long[9])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profileAnswersAreCountedAndTheUnansweredAreKnown() {
        IkmTally tally = IkmTally.of(ALL_THREES, new RespondentProfile(Sex.PEREMPUAN, AgeBand.ofAge(34),
                        Education.D4_S1, Occupation.WIRAUSAHA))
                .plus(IkmTally.of(ALL_THREES, new RespondentProfile(Sex.LAKI_LAKI, AgeBand.ofAge(67), null, null)))
                .plus(IkmTally.of(ALL_THREES, new RespondentProfile(Sex.PEREMPUAN, null, Education.SMA, null)))
                .plus(IkmTally.of(MIXED));

        assertThat(tally.profile().count(Sex.PEREMPUAN)).isEqualTo(2);
        assertThat(tally.profile().count(AgeBand.FROM_60)).isEqualTo(1);
        assertThat(tally.profile().counts(ProfileQuestion.SEX)).containsExactly(
                Map.entry(Sex.LAKI_LAKI, 1L), Map.entry(Sex.PEREMPUAN, 2L));
        assertThat(tally.profile().counts(ProfileQuestion.EDUCATION)).hasSize(Education.values().length)
                .containsEntry(Education.SMA, 1L).containsEntry(Education.S3, 0L);
        assertThat(tally.notStated(ProfileQuestion.SEX)).isEqualTo(1);
        assertThat(tally.notStated(ProfileQuestion.OCCUPATION)).isEqualTo(3);
    }

    @Test
    void storedProfileCountsCannotExceedTheRespondents() {
        ProfileCounts counts = ProfileCounts.of(Map.of(Sex.PEREMPUAN, 2L, Sex.LAKI_LAKI, 1L, Education.SMA, 1L));
        assertThat(IkmTally.of(3, new long[]{9, 9, 9, 9, 9, 9, 9, 9, 9}, counts).notStated(ProfileQuestion.EDUCATION))
                .isEqualTo(2);
        assertThatThrownBy(() -> IkmTally.of(2, new long[]{6, 6, 6, 6, 6, 6, 6, 6, 6}, counts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sex");
    }

    @Test
    void aTallyHasOneSumPerAnswerOfIkmAnswers() {
        assertThat(Unsur.all()).hasSize(IkmAnswers.UNSUR);
    }
}
