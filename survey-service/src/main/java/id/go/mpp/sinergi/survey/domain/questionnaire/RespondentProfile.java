package id.go.mpp.sinergi.survey.domain.questionnaire;

import java.util.Optional;

/** What a respondent chose to tell about themself; every part is optional (null when not given). */
public record RespondentProfile(Sex sex, AgeBand ageBand, Education education, Occupation occupation) {

    private static final RespondentProfile NONE = new RespondentProfile(null, null, null, null);

    public static RespondentProfile none() {
        return NONE;
    }

    /** The answer given to {@code question}, if any. */
    public Optional<ProfileChoice> answer(ProfileQuestion question) {
        return Optional.ofNullable(switch (question) {
            case SEX -> sex;
            case AGE -> ageBand;
            case EDUCATION -> education;
            case OCCUPATION -> occupation;
        });
    }
}
