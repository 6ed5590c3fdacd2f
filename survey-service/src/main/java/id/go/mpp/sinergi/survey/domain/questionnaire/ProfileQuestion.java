package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The optional respondent-profile questions of the form, each with its closed set of answers. */
public enum ProfileQuestion {
    SEX(LocalizedText.of("Jenis kelamin", "Sex"), Sex.class),
    AGE(LocalizedText.of("Usia", "Age"), AgeBand.class),
    EDUCATION(LocalizedText.of("Pendidikan terakhir", "Highest education"), Education.class),
    OCCUPATION(LocalizedText.of("Pekerjaan", "Occupation"), Occupation.class);

    private final LocalizedText label;
    private final List<ProfileChoice> choices;

    <E extends Enum<E> & ProfileChoice> ProfileQuestion(LocalizedText label, Class<E> type) {
        this.label = label;
        this.choices = List.copyOf(Arrays.asList(type.getEnumConstants()));
    }

    /** The stable code: {@code sex}, {@code age}, {@code education}, {@code occupation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LocalizedText label() {
        return label;
    }

    public List<ProfileChoice> choices() {
        return choices;
    }

    static <E extends Enum<E> & ProfileChoice> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equalsIgnoreCase(code)).findFirst();
    }
}
