package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Optional;

/** Jenis kelamin, as the regulation's form asks it (L/P). */
public enum Sex implements ProfileChoice {
    LAKI_LAKI(LocalizedText.of("Laki-laki", "Male")),
    PEREMPUAN(LocalizedText.of("Perempuan", "Female"));

    private final LocalizedText label;

    Sex(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public static Optional<Sex> fromCode(String code) {
        return ProfileQuestion.find(Sex.class, code);
    }
}
