package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IKM period after period. A change compares the published (two-decimal) figures, so it is what a reader of two
 * reports would compute; a period without respondents breaks the chain (no change on either side of it).
 */
public record IkmTrend(List<TrendPoint> points) {

    public IkmTrend {
        points = List.copyOf(points);
    }

    /**
     * @param series the periods in time order, without overlap (give an empty tally to a period nobody answered in)
     */
    public static IkmTrend of(List<PeriodTally> series) {
        List<TrendPoint> points = new ArrayList<>(series.size());
        ReportingPeriod previousPeriod = null;
        Optional<BigDecimal> previous = Optional.empty();
        for (PeriodTally entry : series) {
            ReportingPeriod period = entry.period();
            if (previousPeriod != null && !period.firstDay().isAfter(previousPeriod.lastDay())) {
                throw new IllegalArgumentException("a trend goes forward in time: " + period + " after " + previousPeriod);
            }
            Optional<IkmResult> result = IkmCalculator.calculate(entry.tally());
            Optional<BigDecimal> converted = result.map(IkmResult::convertedValue);
            Optional<BigDecimal> before = previous;
            Optional<BigDecimal> change = converted.flatMap(now -> before.map(now::subtract));
            points.add(new TrendPoint(period.key(), entry.tally().respondents(), converted,
                    result.map(IkmResult::mutu), change));
            previousPeriod = period;
            previous = converted;
        }
        return new IkmTrend(points);
    }
}
