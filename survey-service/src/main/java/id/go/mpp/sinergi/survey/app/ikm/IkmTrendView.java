package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.survey.domain.ikm.TrendPoint;

import java.math.BigDecimal;
import java.util.List;

/** The IKM of a unit over consecutive periods, oldest first; figures null where nobody answered. */
public record IkmTrendView(String mppCode, String agencyCode, String serviceCode, String kind, boolean published,
                           List<Point> points) {

    /** @param change the converted IKM minus the previous period's (null when either has no respondents) */
    public record Point(String period, long respondents, BigDecimal ikm, String mutu, BigDecimal change) {

        static Point of(TrendPoint p) {
            return new Point(p.period(), p.respondents(), p.converted().orElse(null),
                    p.mutu().map(Enum::name).orElse(null), p.change().orElse(null));
        }
    }
}
