package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

/** One answer to a respondent-profile question (an enum constant): a stable code (its name) and its label. */
public interface ProfileChoice {

    /** The enum constant's name. */
    String name();

    default String code() {
        return name();
    }

    LocalizedText label();
}
