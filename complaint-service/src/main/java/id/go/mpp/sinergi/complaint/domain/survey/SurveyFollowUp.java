package id.go.mpp.sinergi.complaint.domain.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * When an IKM survey response (PermenPANRB 14/2017: nine unsur, each answered 1 worst to 4 best) becomes a follow-up
 * the agency must answer, and the follow-up's text: any unsur at {@value #LOW_SCORE} or below, or a comment.
 */
public final class SurveyFollowUp {

    /** The highest answer that still asks for a follow-up ("kurang …" and worse). */
    public static final int LOW_SCORE = 2;

    /** The unsur's names in the regulation's order, U1 … U9 (survey-service's questionnaire numbers them alike). */
    public static final List<String> UNSUR = List.of("Persyaratan", "Sistem, mekanisme dan prosedur",
            "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana",
            "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana");

    static final String PREFIX = "Tindak lanjut survei IKM";
    static final String ELLIPSIS = "…";

    private SurveyFollowUp() {
    }

    /**
     * Does this response ask for a follow-up? {@link IllegalArgumentException} for scores that are not nine answers
     * of 1–4: such a response is not one the rule can judge.
     */
    public static boolean needed(List<Integer> scores, String comment) {
        return !lowScores(scores).isEmpty() || hasComment(comment);
    }

    /**
     * The follow-up's text, in Indonesian, at most {@code maxLength} characters: the low unsur with their answers,
     * then the comment (shortened with "…" when it does not fit), e.g.
     * "Tindak lanjut survei IKM: nilai rendah pada Waktu penyelesaian (1), Perilaku pelaksana (2). Komentar: …".
     */
    public static String text(List<Integer> scores, String comment, int maxLength) {
        List<Integer> low = lowScores(scores);
        StringBuilder text = new StringBuilder(PREFIX);
        if (low.isEmpty()) {
            text.append('.');
        } else {
            text.append(": nilai rendah pada ");
            for (int i = 0; i < low.size(); i++) {
                int unsur = low.get(i);
                text.append(i == 0 ? "" : ", ").append(UNSUR.get(unsur)).append(" (").append(scores.get(unsur))
                        .append(')');
            }
            text.append('.');
        }
        if (hasComment(comment)) {
            text.append(" Komentar: ");
            int room = maxLength - text.length();
            String said = comment.strip();
            if (room <= ELLIPSIS.length()) {
                throw new IllegalArgumentException("no room for the comment within " + maxLength + " characters");
            }
            text.append(said.length() <= room ? said : shortened(said, room));
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("the text needs more than " + maxLength + " characters");
        }
        return text.toString();
    }

    /** The start of {@code said} and "…" in {@code room} characters, never half of a character outside the BMP. */
    private static String shortened(String said, int room) {
        int cut = room - ELLIPSIS.length();
        if (Character.isHighSurrogate(said.charAt(cut - 1))) {
            cut--;
        }
        return said.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** The indexes (0 = U1) of the unsur answered {@value #LOW_SCORE} or below, in the regulation's order. */
    static List<Integer> lowScores(List<Integer> scores) {
        if (scores == null || scores.size() != UNSUR.size()) {
            throw new IllegalArgumentException("a response has " + UNSUR.size() + " scores, not "
                    + (scores == null ? "none" : scores.size()));
        }
        List<Integer> low = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Integer score = scores.get(i);
            if (score == null || score < 1 || score > 4) {
                throw new IllegalArgumentException("U" + (i + 1) + " must be answered 1-4, not " + score);
            }
            if (score <= LOW_SCORE) {
                low.add(i);
            }
        }
        return low;
    }

    private static boolean hasComment(String comment) {
        return comment != null && !comment.isBlank();
    }
}
