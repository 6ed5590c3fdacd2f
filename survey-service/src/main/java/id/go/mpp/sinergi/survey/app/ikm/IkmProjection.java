package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;
import id.go.mpp.sinergi.survey.store.ikm.IkmAggregates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the IKM aggregates from {@code survey-response-submitted}: the same function a rebuild applies to the topic's
 * history ({@link IkmRebuild}), so both give the same figures.
 */
@ApplicationScoped
public class IkmProjection {

    /** survey-service's consumer name for this projection in {@code processed_event}. */
    public static final String CONSUMER = "survey-service-ikm";

    /** survey-service's consumer name of the queue's visit events, which count the served tickets. */
    public static final String VISITS_CONSUMER = "survey-service";

    private final IkmAggregates aggregates;

    public IkmProjection(IkmAggregates aggregates) {
        this.aggregates = aggregates;
    }

    /** Adds one response to its unit's day, in the consumer's transaction. */
    public Uni<Void> apply(SurveyResponseSubmitted response) {
        return aggregates.addResponse(unit(response), response.serviceDate(), answers(response), profile(response));
    }

    static IkmUnit unit(SurveyResponseSubmitted r) {
        return new IkmUnit(r.mppCode(), r.agencyCode(), r.serviceCode());
    }

    static short[] answers(SurveyResponseSubmitted r) {
        short[] answers = new short[r.scores().size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = r.scores().get(i).shortValue();
        }
        return answers;
    }

    /** The profile choices stated, by their stored keys; unknown codes (a newer form) are left out. */
    static List<ProfileChoice> profile(SurveyResponseSubmitted r) {
        List<ProfileChoice> choices = new ArrayList<>();
        add(choices, ProfileQuestion.SEX, r.sex());
        add(choices, ProfileQuestion.AGE, r.ageBand());
        add(choices, ProfileQuestion.EDUCATION, r.education());
        add(choices, ProfileQuestion.OCCUPATION, r.occupation());
        return choices;
    }

    private static void add(List<ProfileChoice> choices, ProfileQuestion question, String code) {
        if (code != null) {
            question.choices().stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(choices::add);
        }
    }
}
