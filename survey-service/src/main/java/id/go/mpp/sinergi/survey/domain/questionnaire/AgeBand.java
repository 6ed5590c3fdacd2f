package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.Optional;

/** Usia: the form asks the age in years; reports group it in these bands (the last starts at 60, the elderly). */
public enum AgeBand implements ProfileChoice {
    UNDER_20(0, 19, LocalizedText.of("Di bawah 20 tahun", "Under 20")),
    FROM_20_TO_29(20, 29, LocalizedText.of("20–29 tahun", "20–29")),
    FROM_30_TO_39(30, 39, LocalizedText.of("30–39 tahun", "30–39")),
    FROM_40_TO_49(40, 49, LocalizedText.of("40–49 tahun", "40–49")),
    FROM_50_TO_59(50, 59, LocalizedText.of("50–59 tahun", "50–59")),
    FROM_60(60, Integer.MAX_VALUE, LocalizedText.of("60 tahun ke atas", "60 and over"));

    private final int from;
    private final int to;
    private final LocalizedText label;

    AgeBand(int from, int to, LocalizedText label) {
        this.from = from;
        this.to = to;
        this.label = label;
    }

    /** The band of an age in whole years (0–150). */
    public static AgeBand ofAge(int years) {
        if (years < 0 || years > 150) {
            throw new IllegalArgumentException("age must be 0-150 years, not " + years);
        }
        for (AgeBand band : values()) {
            if (years >= band.from && years <= band.to) {
                return band;
            }
        }
        throw new AssertionError("the bands cover 0-150");
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public static Optional<AgeBand> fromCode(String code) {
        return ProfileQuestion.find(AgeBand.class, code);
    }
}
