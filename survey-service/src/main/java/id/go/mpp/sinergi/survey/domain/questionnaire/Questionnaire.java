package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.List;
import java.util.Locale;

/**
 * The IKM form of PermenPANRB 14/2017 as served: the nine unsur questions in the regulation's order, then the optional
 * respondent profile. {@link #in(Locale)} gives it in one language, ready to be written as JSON.
 */
public final class Questionnaire {

    private Questionnaire() {
    }

    /** The form in English for an English locale, in Indonesian otherwise (null included). */
    public static LocalizedQuestionnaire in(Locale language) {
        List<LocalizedQuestionnaire.Question> questions = Unsur.all().stream()
                .map(u -> new LocalizedQuestionnaire.Question(u.code(), u.number(), u.label().in(language),
                        u.question().in(language),
                        u.options().stream()
                                .map(o -> new LocalizedQuestionnaire.Option(o.value(), o.label().in(language)))
                                .toList()))
                .toList();
        List<LocalizedQuestionnaire.ProfileItem> profile = List.of(ProfileQuestion.values()).stream()
                .map(q -> new LocalizedQuestionnaire.ProfileItem(q.code(), q.label().in(language),
                        q.choices().stream()
                                .map(c -> new LocalizedQuestionnaire.Choice(c.code(), c.label().in(language)))
                                .toList()))
                .toList();
        String tag = LocalizedText.of("id", "en").in(language);
        return new LocalizedQuestionnaire(tag, questions, profile);
    }
}
