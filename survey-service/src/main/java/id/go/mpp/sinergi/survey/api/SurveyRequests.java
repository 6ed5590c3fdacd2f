package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.survey.app.SurveyAnswer;
import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.questionnaire.AgeBand;
import id.go.mpp.sinergi.survey.domain.questionnaire.Education;
import id.go.mpp.sinergi.survey.domain.questionnaire.Occupation;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;
import id.go.mpp.sinergi.survey.domain.questionnaire.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The bodies a respondent sends, and their reading into a {@link SurveyAnswer} (field-level 400s). */
final class SurveyRequests {

    /** The longest comment kept (the form's "saran dan masukan"). */
    static final int COMMENT_MAX = 2_000;

    record Answer(@NotNull @Min(1) @Max(9) Integer unsur, @NotNull @Min(1) @Max(4) Integer value) {
    }

    /** The optional respondent profile, as the questionnaire's choice codes. */
    record Profile(@Size(max = 40) String sex, @Size(max = 40) String ageBand, @Size(max = 40) String education,
                   @Size(max = 40) String occupation) {
    }

    record ResponseRequest(@NotEmpty @Size(max = 9) List<@Valid @NotNull Answer> answers,
                           @Size(max = COMMENT_MAX) String comment, @Valid Profile profile) {
    }

    private SurveyRequests() {
    }

    static SurveyAnswer answer(ResponseRequest request) {
        return new SurveyAnswer(nineAnswers(request), request.comment(), profile(request.profile()));
    }

    private static IkmAnswers nineAnswers(ResponseRequest request) {
        Map<Integer, Integer> byUnsur = new LinkedHashMap<>();
        for (int i = 0; i < request.answers().size(); i++) {
            Answer answer = request.answers().get(i);
            if (byUnsur.put(answer.unsur(), answer.value()) != null) {
                throw ProblemException.invalidField("answers[" + i + "].unsur", LocalizedText.of(
                        "unsur %d dijawab lebih dari sekali", "unsur %d is answered more than once")
                        .formatted(answer.unsur()));
            }
        }
        IkmAnswers.Result result = IkmAnswers.of(byUnsur);
        return result.answers().orElseThrow(() -> ProblemException.invalidField("answers", LocalizedText.of(
                        "kesembilan unsur wajib dijawab; unsur %d belum",
                        "all nine unsur must be answered; unsur %d is missing")
                .formatted(result.missingUnsur())));
    }

    private static RespondentProfile profile(Profile p) {
        if (p == null) {
            return RespondentProfile.none();
        }
        return new RespondentProfile(choice("profile.sex", p.sex(), Sex::fromCode),
                choice("profile.ageBand", p.ageBand(), AgeBand::fromCode),
                choice("profile.education", p.education(), Education::fromCode),
                choice("profile.occupation", p.occupation(), Occupation::fromCode));
    }

    private static <T> T choice(String field, String code, Function<String, Optional<T>> lookup) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return lookup.apply(code.strip()).orElseThrow(() -> ProblemException.invalidField(field, LocalizedText.of(
                "'%s' bukan pilihan kuesioner (lihat GET /questionnaire)",
                "'%s' is not a choice of the questionnaire (see GET /questionnaire)").formatted(code)));
    }
}
