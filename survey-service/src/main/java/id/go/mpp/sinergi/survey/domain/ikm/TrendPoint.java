package id.go.mpp.sinergi.survey.domain.ikm;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One period of an IKM trend.
 *
 * @param period    the period's key ({@code 2026-Q4})
 * @param converted the published converted IKM (two decimals); empty without respondents
 * @param change    converted − the previous period's converted (two decimals, signed); empty for the first period or
 *                  when either period has no respondents
 */
public record TrendPoint(String period, long respondents, Optional<BigDecimal> converted, Optional<Mutu> mutu,
                         Optional<BigDecimal> change) {
}
