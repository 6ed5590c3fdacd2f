package id.go.mpp.sinergi.survey.domain.period;

import id.go.mpp.sinergi.core.problem.LocalizedText;

/** A text that is not a period key; {@link #problem()} says why, in Indonesian and English. */
public final class InvalidPeriodKeyException extends IllegalArgumentException {

    private final String key;
    private final transient LocalizedText problem;

    InvalidPeriodKeyException(String key, LocalizedText problem) {
        super(problem.en());
        this.key = key;
        this.problem = problem;
    }

    /** The text as given. */
    public String key() {
        return key;
    }

    public LocalizedText problem() {
        return problem;
    }
}
