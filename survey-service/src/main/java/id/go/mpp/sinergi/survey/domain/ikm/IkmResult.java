package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;

import java.math.BigDecimal;
import java.util.List;

/**
 * The IKM of a tally with at least one respondent (see {@link IkmCalculator}).
 *
 * @param scores         one per unsur, in the regulation's order
 * @param unitValue      IKM unit pelayanan, 1–4, {@value IkmCalculator#UNIT_VALUE_SCALE} decimals
 * @param convertedValue unit value × 25, 25–100, two decimals: the published and banded figure
 * @param weakest        the unsur with the lowest NRR; on a tie the lowest-numbered one
 */
public record IkmResult(long respondents, List<UnsurScore> scores, BigDecimal unitValue, BigDecimal convertedValue,
                        Mutu mutu, Unsur weakest) {

    public IkmResult {
        scores = List.copyOf(scores);
    }

    public UnsurScore score(Unsur unsur) {
        return scores.get(unsur.number() - 1);
    }

    /** Kinerja unit pelayanan: the label of {@link #mutu()}. */
    public LocalizedText kinerja() {
        return mutu.kinerja();
    }
}
