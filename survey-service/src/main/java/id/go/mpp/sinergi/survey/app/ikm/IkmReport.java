package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.survey.domain.ikm.IkmResult;
import id.go.mpp.sinergi.survey.domain.ikm.ProfileCounts;
import id.go.mpp.sinergi.survey.domain.ikm.SampleSufficiency;
import id.go.mpp.sinergi.survey.domain.ikm.UnsurScore;
import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SKM report of one unit (the MPP, one of its agencies, or one service) for one period, as the regulation's annex
 * tabulates it. Figures are null while the unit is hidden ({@code published} false) and when nobody answered.
 *
 * @param ikm       the converted IKM (25–100, two decimals): the published figure
 * @param unitValue the IKM unit pelayanan (1–4)
 * @param profile   respondents per answer of each profile question, plus {@code notStated}
 */
public record IkmReport(String mppCode, String agencyCode, String serviceCode, Period period, boolean published,
                        Long respondents, Long population, Sample sample, List<Unsur> unsur, BigDecimal unitValue,
                        BigDecimal ikm, String mutu, String kinerja, String weakestUnsur,
                        Map<String, Map<String, Long>> profile) {

    public record Period(String key, String label, LocalDate firstDay, LocalDate lastDay) {

        static Period of(ReportingPeriod p, Locale locale) {
            return new Period(p.key(), p.label().in(locale), p.firstDay(), p.lastDay());
        }
    }

    /** Krejcie–Morgan: the minimum number of respondents for the population, and how many are missing. */
    public record Sample(long minimum, boolean sufficient, long missing) {

        static Sample of(SampleSufficiency s) {
            return new Sample(s.minimum(), s.sufficient(), s.missing());
        }
    }

    /** One row of the annex's table. */
    public record Unsur(String code, String name, long sum, BigDecimal nrr, BigDecimal weightedNrr, String mutu) {

        static Unsur of(UnsurScore s, Locale locale) {
            return new Unsur(s.unsur().code(), s.unsur().label().in(locale), s.sum(), s.nrr(), s.weightedNrr(),
                    s.mutu().name());
        }
    }

    static IkmReport hidden(String mpp, String agency, String service, Period period) {
        return new IkmReport(mpp, agency, service, period, false, null, null, null, null, null, null, null, null,
                null, null);
    }

    static IkmReport of(String mpp, String agency, String service, Period period, long respondents, long population,
                        SampleSufficiency sample, IkmResult result, ProfileCounts profile, Locale locale) {
        Map<String, Map<String, Long>> byQuestion = new LinkedHashMap<>();
        for (ProfileQuestion question : ProfileQuestion.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ProfileChoice choice : question.choices()) {
                counts.put(choice.code(), profile.count(choice));
            }
            counts.put("notStated", respondents - profile.stated(question));
            byQuestion.put(question.code(), counts);
        }
        if (result == null) {
            return new IkmReport(mpp, agency, service, period, true, respondents, population, Sample.of(sample),
                    List.of(), null, null, null, null, null, byQuestion);
        }
        return new IkmReport(mpp, agency, service, period, true, respondents, population, Sample.of(sample),
                result.scores().stream().map(s -> Unsur.of(s, locale)).toList(), result.unitValue(),
                result.convertedValue(), result.mutu().name(), result.kinerja().in(locale), result.weakest().code(),
                byQuestion);
    }
}
