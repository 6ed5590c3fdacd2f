package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** How many respondents gave each profile answer (sex, age band, education, occupation); addable like the tally. */
public final class ProfileCounts {

    private static final ProfileQuestion[] QUESTIONS = ProfileQuestion.values();
    private static final ProfileCounts NONE = new ProfileCounts(newCounts());

    /** Per question (by ordinal), per choice (by its index in {@link ProfileQuestion#choices()}). */
    private final long[][] counts;

    private ProfileCounts(long[][] counts) {
        this.counts = counts;
    }

    public static ProfileCounts none() {
        return NONE;
    }

    /** One respondent's profile: one count for each answer given. */
    public static ProfileCounts of(RespondentProfile profile) {
        long[][] counts = newCounts();
        for (ProfileQuestion question : QUESTIONS) {
            profile.answer(question).ifPresent(choice -> counts[question.ordinal()][indexOf(question, choice)]++);
        }
        return new ProfileCounts(counts);
    }

    /**
     * Stored counts, any questions mixed ({@code Map.of(Sex.PEREMPUAN, 12L, Education.SMA, 7L)}); choices not named
     * count 0.
     */
    public static ProfileCounts of(Map<? extends ProfileChoice, Long> byChoice) {
        long[][] counts = newCounts();
        byChoice.forEach((choice, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("count of " + choice.code() + " must be >= 0, not " + count);
            }
            ProfileQuestion question = questionOf(choice);
            counts[question.ordinal()][indexOf(question, choice)] = count;
        });
        return new ProfileCounts(counts);
    }

    public ProfileCounts plus(ProfileCounts other) {
        long[][] sum = newCounts();
        for (int q = 0; q < sum.length; q++) {
            for (int c = 0; c < sum[q].length; c++) {
                sum[q][c] = Math.addExact(counts[q][c], other.counts[q][c]);
            }
        }
        return new ProfileCounts(sum);
    }

    public long count(ProfileChoice choice) {
        ProfileQuestion question = questionOf(choice);
        return counts[question.ordinal()][indexOf(question, choice)];
    }

    /** Every choice of {@code question} in the form's order, with its count (0 included). */
    public Map<ProfileChoice, Long> counts(ProfileQuestion question) {
        Map<ProfileChoice, Long> byChoice = new LinkedHashMap<>();
        for (int c = 0; c < question.choices().size(); c++) {
            byChoice.put(question.choices().get(c), counts[question.ordinal()][c]);
        }
        return Collections.unmodifiableMap(byChoice);
    }

    /** How many respondents answered {@code question}. */
    public long stated(ProfileQuestion question) {
        return Arrays.stream(counts[question.ordinal()]).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileCounts other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "ProfileCounts{", "}");
        for (ProfileQuestion question : QUESTIONS) {
            text.add(question.code() + "=" + counts(question));
        }
        return text.toString();
    }

    private static long[][] newCounts() {
        long[][] counts = new long[QUESTIONS.length][];
        for (ProfileQuestion question : QUESTIONS) {
            counts[question.ordinal()] = new long[question.choices().size()];
        }
        return counts;
    }

    private static ProfileQuestion questionOf(ProfileChoice choice) {
        for (ProfileQuestion question : QUESTIONS) {
            if (question.choices().contains(choice)) {
                return question;
            }
        }
        throw new IllegalArgumentException(choice + " is not a choice of the profile questions");
    }

    private static int indexOf(ProfileQuestion question, ProfileChoice choice) {
        return question.choices().indexOf(choice);
    }
}
