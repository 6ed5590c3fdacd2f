package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;

import java.math.BigDecimal;

/**
 * One unsur's figures: the sum of its answers, its NRR (sum / respondents, {@value IkmCalculator#NRR_SCALE}
 * decimals), its weighted NRR (NRR × 1/9, {@value IkmCalculator#WEIGHTED_NRR_SCALE} decimals) and the band of its
 * NRR × 25. Each figure is rounded HALF_UP once from the exact fraction.
 */
public record UnsurScore(Unsur unsur, long sum, BigDecimal nrr, BigDecimal weightedNrr, Mutu mutu) {
}
