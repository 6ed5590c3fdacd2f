package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the IKM is computed from: the number of respondents and, per unsur, the sum of their answers, plus the counts
 * of their profile answers. Tallies add up ({@link #plus}, with {@link #empty()} as zero), so one tally serves a single
 * response, a stored daily aggregate, a unit, an MPP or a year alike.
 */
public final class IkmTally {

    private static final int UNSUR = Unsur.all().size();
    private static final IkmTally EMPTY = new IkmTally(0, new long[UNSUR], ProfileCounts.none());

    private final long respondents;
    private final long[] sums;
    private final ProfileCounts profile;

    private IkmTally(long respondents, long[] sums, ProfileCounts profile) {
        this.respondents = respondents;
        this.sums = sums;
        this.profile = profile;
    }

    /** No respondents. */
    public static IkmTally empty() {
        return EMPTY;
    }

    /** One respondent without a profile. */
    public static IkmTally of(IkmAnswers answers) {
        return of(answers, RespondentProfile.none());
    }

    /** One respondent with the profile they chose to give. */
    public static IkmTally of(IkmAnswers answers, RespondentProfile profile) {
        short[] values = answers.values();
        long[] sums = new long[UNSUR];
        for (int i = 0; i < UNSUR; i++) {
            sums[i] = values[i];
        }
        return new IkmTally(1, sums, ProfileCounts.of(profile));
    }

    /** A stored aggregate without profile counts; {@code sumsByUnsur[0]} is unsur 1. */
    public static IkmTally of(long respondents, long[] sumsByUnsur) {
        return of(respondents, sumsByUnsur, ProfileCounts.none());
    }

    /**
     * A stored aggregate. Every respondent answered every unsur 1–4, so each sum lies between respondents and
     * 4 × respondents, and no profile question was answered by more than the respondents.
     */
    public static IkmTally of(long respondents, long[] sumsByUnsur, ProfileCounts profile) {
        Objects.requireNonNull(profile, "profile");
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must be >= 0, not " + respondents);
        }
        if (sumsByUnsur.length != UNSUR) {
            throw new IllegalArgumentException("a tally has one sum per unsur (9), not " + sumsByUnsur.length);
        }
        long[] sums = sumsByUnsur.clone();
        for (int i = 0; i < UNSUR; i++) {
            if (sums[i] < respondents || sums[i] > Math.multiplyExact(respondents, Unsur.MAX_VALUE)) {
                throw new IllegalArgumentException("the sum of unsur " + (i + 1) + " must be between " + respondents
                        + " and " + respondents * Unsur.MAX_VALUE + " for " + respondents + " respondents, not "
                        + sums[i]);
            }
        }
        for (ProfileQuestion question : ProfileQuestion.values()) {
            if (profile.stated(question) > respondents) {
                throw new IllegalArgumentException(profile.stated(question) + " answers to " + question.code()
                        + " from " + respondents + " respondents");
            }
        }
        return new IkmTally(respondents, sums, profile);
    }

    public IkmTally plus(IkmTally other) {
        long[] sum = new long[UNSUR];
        for (int i = 0; i < UNSUR; i++) {
            sum[i] = Math.addExact(sums[i], other.sums[i]);
        }
        return new IkmTally(Math.addExact(respondents, other.respondents), sum, profile.plus(other.profile));
    }

    public long respondents() {
        return respondents;
    }

    public boolean isEmpty() {
        return respondents == 0;
    }

    /** The sum of the answers to {@code unsur}. */
    public long sum(Unsur unsur) {
        return sums[unsur.number() - 1];
    }

    /** The sums per unsur, unsur 1 first (a copy, for storing). */
    public long[] sums() {
        return sums.clone();
    }

    /** The sum of all answers to all unsur. */
    public long total() {
        return Arrays.stream(sums).sum();
    }

    public ProfileCounts profile() {
        return profile;
    }

    /** Respondents who left {@code question} unanswered. */
    public long notStated(ProfileQuestion question) {
        return respondents - profile.stated(question);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IkmTally other && respondents == other.respondents && Arrays.equals(sums, other.sums)
                && profile.equals(other.profile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(respondents, Arrays.hashCode(sums), profile);
    }

    @Override
    public String toString() {
        return "IkmTally{respondents=" + respondents + ", sums=" + Arrays.toString(sums) + ", " + profile + "}";
    }
}
