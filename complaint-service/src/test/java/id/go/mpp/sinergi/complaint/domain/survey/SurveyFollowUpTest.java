package id.go.mpp.sinergi.complaint.domain.survey;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyFollowUpTest {

    private static final List<Integer> ALL_GOOD = List.of(4, 4, 3, 4, 3, 4, 4, 3, 4);

    @Test
    void aResponseWithAnUnsurAtTwoOrBelowNeedsAFollowUp() {
        assertThat(SurveyFollowUp.needed(List.of(4, 4, 2, 4, 4, 4, 4, 4, 4), null)).isTrue();
        assertThat(SurveyFollowUp.needed(List.of(3, 3, 3, 3, 3, 3, 3, 3, 1), "")).isTrue();
    }

    @Test
    void aResponseWithACommentNeedsAFollowUpWhateverItsScores() {
        assertThat(SurveyFollowUp.needed(ALL_GOOD, "Ruang tunggu panas")).isTrue();
    }

    @Test
    void aResponseOfThreesAndFoursWithoutACommentNeedsNone() {
        assertThat(SurveyFollowUp.needed(ALL_GOOD, null)).isFalse();
        assertThat(SurveyFollowUp.needed(ALL_GOOD, "  \n ")).isFalse();
        assertThat(SurveyFollowUp.needed(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), null)).isFalse();
    }

    @Test
    void theTextNamesEachLowUnsurWithItsScoreInTheRegulationsOrderThenTheComment() {
        String text = SurveyFollowUp.text(List.of(4, 4, 1, 4, 4, 4, 2, 4, 4), "  Antrean lama, petugas ketus. ", 4000);
        assertThat(text).isEqualTo("Tindak lanjut survei IKM: nilai rendah pada Waktu penyelesaian (1), "
                + "Perilaku pelaksana (2). Komentar: Antrean lama, petugas ketus.");
    }

    @Test
    void theTextOfLowScoresAloneHasNoComment() {
        assertThat(SurveyFollowUp.text(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2), null, 4000))
                .isEqualTo("Tindak lanjut survei IKM: nilai rendah pada Persyaratan (2), "
                        + "Sistem, mekanisme dan prosedur (2), Waktu penyelesaian (2), Biaya/tarif (2), "
                        + "Produk spesifikasi jenis pelayanan (2), Kompetensi pelaksana (2), Perilaku pelaksana (2), "
                        + "Penanganan pengaduan, saran dan masukan (2), Sarana dan prasarana (2).");
    }

    @Test
    void theTextOfACommentAloneIsTheComment() {
        assertThat(SurveyFollowUp.text(ALL_GOOD, "Mohon tambah kursi", 4000))
                .isEqualTo("Tindak lanjut survei IKM. Komentar: Mohon tambah kursi");
    }

    @Test
    void aLongCommentIsShortenedSoTheTextKeepsWithinTheDescriptionLimit() {
        String text = SurveyFollowUp.text(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1), "a".repeat(5000), 4000);
        assertThat(text).hasSize(4000).endsWith("a…").contains("Sarana dan prasarana (1). Komentar: aaa");
        String fits = SurveyFollowUp.text(ALL_GOOD, "b".repeat(4000 - 36), 4000);
        assertThat(fits).hasSize(4000).endsWith("b");
    }

    @Test
    void aCommentIsNeverCutInsideACharacterOutsideTheBasicPlane() {
        String prefix = "Tindak lanjut survei IKM. Komentar: ";
        String text = SurveyFollowUp.text(ALL_GOOD, "x".repeat(8) + "😠😠", prefix.length() + 10);
        assertThat(text).isEqualTo(prefix + "x".repeat(8) + "…");
    }

    @Test
    void scoresThatAreNotNineAnswersOfOneToFourAreNotJudged() {
        assertThatThrownBy(() -> SurveyFollowUp.needed(List.of(4, 4, 4), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyFollowUp.needed(null, "komentar"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyFollowUp.needed(List.of(4, 4, 4, 4, 5, 4, 4, 4, 4), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyFollowUp.needed(List.of(4, 4, 4, 4, 0, 4, 4, 4, 4), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
