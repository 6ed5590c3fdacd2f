package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

/** One answer to a respondent-profile question: a stable code (the enum's name) and its label. */
public interface ProfileChoice {

    String code();

    LocalizedText label();
}
