package id.go.mpp.sinergi.survey.store.ikm;

import id.go.mpp.sinergi.survey.domain.ikm.IkmTally;
import id.go.mpp.sinergi.survey.domain.ikm.ProfileCounts;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counters of a row of {@code ikm_day} and {@code ikm_month}, in their stored order: the respondents, the sum of
 * each unsur's answers ({@code u1} … {@code u9}), and the respondents of each profile choice ({@code sex_laki_laki}
 * … {@code occupation_lainnya}: the question's code and the choice's, in the form's order). A row's counters are a
 * {@code long[]} of {@link #COUNT} values in this order, in the projection, the rebuild and the reports alike.
 */
public final class IkmColumns {

    /** The profile columns of migration {@code V2026.12.07.1000}: every choice of every profile question. */
    static final List<String> PROFILE = List.of(
            "sex_laki_laki", "sex_perempuan",
            "age_under_20", "age_from_20_to_29", "age_from_30_to_39", "age_from_40_to_49", "age_from_50_to_59",
            "age_from_60",
            "education_sd", "education_smp", "education_sma", "education_d1_d3", "education_d4_s1", "education_s2",
            "education_s3",
            "occupation_pns", "occupation_tni", "occupation_polri", "occupation_swasta", "occupation_wirausaha",
            "occupation_pelajar_mahasiswa", "occupation_lainnya");

    /** respondents, u1 … u9, then {@link #PROFILE}. */
    static final List<String> COUNTERS;

    /** How many counters a row has. */
    public static final int COUNT;

    /** Where unsur 1's sum is in a row's counters (respondents are at 0). */
    public static final int FIRST_UNSUR = 1;

    private static final int FIRST_PROFILE = FIRST_UNSUR + 9;
    private static final Map<ProfileChoice, Integer> INDEX = new HashMap<>();
    private static final List<ProfileChoice> CHOICES = new ArrayList<>();

    static {
        List<String> counters = new ArrayList<>(List.of("respondents"));
        for (int i = 1; i <= 9; i++) {
            counters.add("u" + i);
        }
        List<String> expected = new ArrayList<>();
        for (ProfileQuestion question : ProfileQuestion.values()) {
            for (ProfileChoice choice : question.choices()) {
                INDEX.put(choice, FIRST_PROFILE + CHOICES.size());
                CHOICES.add(choice);
                expected.add(question.code() + "_" + choice.code().toLowerCase(Locale.ROOT));
            }
        }
        // A choice added to the form needs its column (a migration) before this build can store it.
        if (!expected.equals(PROFILE)) {
            throw new IllegalStateException("the profile choices " + expected + " are not the stored columns "
                    + PROFILE + ": add a migration");
        }
        counters.addAll(PROFILE);
        COUNTERS = List.copyOf(counters);
        COUNT = COUNTERS.size();
    }

    private IkmColumns() {
    }

    /** Where {@code choice}'s respondents are in a row's counters. */
    public static int indexOf(ProfileChoice choice) {
        return INDEX.get(choice);
    }

    /** A row's counters as the tally they hold. */
    static IkmTally tally(long[] counters) {
        long[] sums = new long[9];
        System.arraycopy(counters, FIRST_UNSUR, sums, 0, 9);
        Map<ProfileChoice, Long> profile = new HashMap<>();
        for (int i = 0; i < CHOICES.size(); i++) {
            profile.put(CHOICES.get(i), counters[FIRST_PROFILE + i]);
        }
        return IkmTally.of(counters[0], sums, ProfileCounts.of(profile));
    }

    /** The counters joined, each passed through {@code format} (e.g. {@code "sum(%s)"}). */
    static String each(String format) {
        return COUNTERS.stream().map(format::formatted).collect(Collectors.joining(", "));
    }

    /** The counters, comma-separated. */
    static String names() {
        return String.join(", ", COUNTERS);
    }
}
