package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {

    @Test
    void theNineUnsurComeInTheRegulationsOrderWithStableCodes() {
        assertThat(Unsur.all()).hasSize(IkmAnswers.UNSUR).extracting(Unsur::code)
                .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        assertThat(Unsur.of(8)).isEqualTo(Unsur.PENGADUAN);
        assertThat(Unsur.of(9)).isEqualTo(Unsur.SARANA);
        assertThat(Unsur.fromCode("u4")).contains(Unsur.BIAYA);
        assertThat(Unsur.fromCode("U10")).isEmpty();
        assertThatThrownBy(() -> Unsur.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachUnsurHasFourAnswersFromWorstToBestAsTheSampleFormLabelsThem() {
        assertThat(Unsur.BIAYA.options()).extracting(o -> o.label().id())
                .containsExactly("Sangat mahal", "Cukup mahal", "Murah", "Gratis");
        assertThat(Unsur.PERSYARATAN.options()).extracting(AnswerOption::value).containsExactly(1, 2, 3, 4);
        assertThat(Unsur.PENGADUAN.options()).extracting(o -> o.label().id()).containsExactly(
                "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik");
        assertThat(Unsur.PERILAKU.labelOf(4).id()).isEqualTo("Sangat sopan dan ramah");
        assertThat(Unsur.SARANA.labelOf(1)).isEqualTo(LocalizedText.of("Buruk", "Poor"));
        assertThatThrownBy(() -> Unsur.WAKTU.labelOf(5)).isInstanceOf(IllegalArgumentException.class);
        for (Unsur unsur : Unsur.all()) {
            assertThat(unsur.options()).hasSize(4);
            assertThat(unsur.options()).extracting(o -> o.label().id()).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
            assertThat(unsur.options()).extracting(o -> o.label().en()).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
            assertThat(unsur.question().id()).endsWith("?");
            assertThat(unsur.question().en()).endsWith("?");
        }
    }

    @Test
    void theFormIsServedInIndonesianByDefaultAndInEnglishOnRequest() {
        assertThat(Questionnaire.in(Locale.FRENCH).language()).isEqualTo("id");
        assertThat(Questionnaire.in(Locale.forLanguageTag("en-US")).language()).isEqualTo("en");

        LocalizedQuestionnaire id = Questionnaire.in(Locale.forLanguageTag("id"));
        assertThat(id.language()).isEqualTo("id");
        assertThat(id.questions().get(3).name()).isEqualTo("Biaya/Tarif");
        assertThat(id.questions().get(3).options()).extracting(LocalizedQuestionnaire.Option::label)
                .containsExactly("Sangat mahal", "Cukup mahal", "Murah", "Gratis");

        LocalizedQuestionnaire en = Questionnaire.in(Locale.ENGLISH);
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.questions()).extracting(LocalizedQuestionnaire.Question::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(en.questions().get(3).options()).extracting(LocalizedQuestionnaire.Option::label)
                .containsExactly("Very expensive", "Fairly expensive", "Cheap", "Free");
        assertThat(en.questions().get(8).code()).isEqualTo("U9");
        assertThat(Questionnaire.in(Locale.forLanguageTag("en-GB"))).isEqualTo(en);
        assertThat(Questionnaire.in(Locale.forLanguageTag("id"))).isEqualTo(id);
        assertThat(Unsur.BIAYA.labelOf(4).in(Locale.ENGLISH)).isEqualTo("Free");
        assertThat(Unsur.BIAYA.labelOf(4).in((Locale) null)).isEqualTo("Gratis");
    }

    @Test
    void theOptionalProfileAsksSexAgeEducationAndOccupation() {
        LocalizedQuestionnaire id = Questionnaire.in(Locale.forLanguageTag("id"));
        assertThat(id.profile()).extracting(LocalizedQuestionnaire.ProfileItem::code)
                .containsExactly("sex", "age", "education", "occupation");
        assertThat(id.profile().get(0).choices()).extracting(LocalizedQuestionnaire.Choice::label)
                .containsExactly("Laki-laki", "Perempuan");
        assertThat(id.profile().get(2).choices()).extracting(LocalizedQuestionnaire.Choice::code)
                .containsExactly("SD", "SMP", "SMA", "D1_D3", "D4_S1", "S2", "S3");
        assertThat(id.profile().get(3).choices()).extracting(LocalizedQuestionnaire.Choice::code)
                .containsExactly("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "PELAJAR_MAHASISWA", "LAINNYA");
        assertThat(Occupation.fromCode("pelajar_mahasiswa")).contains(Occupation.PELAJAR_MAHASISWA);
        assertThat(Sex.fromCode("X")).isEmpty();
        assertThat(new RespondentProfile(Sex.PEREMPUAN, null, null, null).answer(ProfileQuestion.SEX))
                .contains(Sex.PEREMPUAN);
        assertThat(RespondentProfile.none().answer(ProfileQuestion.AGE)).isEmpty();
    }

    @Test
    void anAgeInYearsFallsInItsBand() {
        assertThat(AgeBand.ofAge(17)).isEqualTo(AgeBand.UNDER_20);
        assertThat(AgeBand.ofAge(19)).isEqualTo(AgeBand.UNDER_20);
        assertThat(AgeBand.ofAge(20)).isEqualTo(AgeBand.FROM_20_TO_29);
        assertThat(AgeBand.ofAge(59)).isEqualTo(AgeBand.FROM_50_TO_59);
        assertThat(AgeBand.ofAge(60)).isEqualTo(AgeBand.FROM_60);
        assertThat(AgeBand.ofAge(101)).isEqualTo(AgeBand.FROM_60);
        assertThatThrownBy(() -> AgeBand.ofAge(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
