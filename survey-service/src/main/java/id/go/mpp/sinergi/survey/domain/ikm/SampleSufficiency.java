package id.go.mpp.sinergi.survey.domain.ikm;

/** Respondents against the Krejcie–Morgan minimum for a population (see {@link SampleSize}). */
public record SampleSufficiency(long population, long respondents, long minimum) {

    public boolean sufficient() {
        return respondents >= minimum;
    }

    /** Respondents still needed: minimum − respondents, never below 0. */
    public long missing() {
        return Math.max(0, minimum - respondents);
    }
}
