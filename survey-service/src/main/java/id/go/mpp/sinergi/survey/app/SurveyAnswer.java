package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;

/**
 * What a respondent sends: the nine answers, an optional comment (suggestion or complaint) and the optional profile.
 *
 * @param comment stripped; null when none was given
 */
public record SurveyAnswer(IkmAnswers answers, String comment, RespondentProfile profile) {

    public SurveyAnswer {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        profile = profile == null ? RespondentProfile.none() : profile;
    }
}
