package id.go.mpp.sinergi.survey.domain.ikm;

import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;

import java.util.Objects;

/** The tally of one reporting period (empty when nobody answered). */
public record PeriodTally(ReportingPeriod period, IkmTally tally) {

    public PeriodTally {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tally, "tally");
    }
}
