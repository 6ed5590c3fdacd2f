package id.go.mpp.sinergi.survey.domain.questionnaire;

import id.go.mpp.sinergi.core.problem.LocalizedText;

/** One answer to an unsur's question: its value (1 worst … 4 best) and label. */
public record AnswerOption(int value, LocalizedText label) {
}
