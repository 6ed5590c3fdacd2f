package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Optional;

/** Pendidikan terakhir, the highest education completed, as agencies' forms list it. */
public enum Education implements ProfileChoice {
    SD(LocalizedText.of("SD ke bawah", "Primary school or less")),
    SMP(LocalizedText.of("SMP/sederajat", "Junior high school")),
    SMA(LocalizedText.of("SMA/sederajat", "Senior high school")),
    D1_D3(LocalizedText.of("D1–D3", "Diploma (D1–D3)")),
    D4_S1(LocalizedText.of("D4/S1", "Bachelor's degree (D4/S1)")),
    S2(LocalizedText.of("S2", "Master's degree (S2)")),
    S3(LocalizedText.of("S3", "Doctorate (S3)"));

    private final LocalizedText label;

    Education(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public static Optional<Education> fromCode(String code) {
        return ProfileQuestion.find(Education.class, code);
    }
}
