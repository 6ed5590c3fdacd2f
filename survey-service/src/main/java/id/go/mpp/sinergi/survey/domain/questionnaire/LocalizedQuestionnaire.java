package id.go.mpp.sinergi.survey.domain.questionnaire;

import java.util.List;

/** The form in one language ({@code id} or {@code en}): plain strings and numbers only. */
public record LocalizedQuestionnaire(String language, List<Question> questions, List<ProfileItem> profile) {

    public LocalizedQuestionnaire {
        questions = List.copyOf(questions);
        profile = List.copyOf(profile);
    }

    /** One unsur: code {@code U1}…{@code U9}, number 1–9, name, question and its four options (1 worst … 4 best). */
    public record Question(String code, int number, String name, String question, List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(int value, String label) {
    }

    /** One optional profile question ({@code sex}, {@code age}, {@code education}, {@code occupation}). */
    public record ProfileItem(String code, String question, List<Choice> choices) {
        public ProfileItem {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String code, String label) {
    }
}
