package id.go.mpp.sinergi.survey.domain.period;

import java.time.Instant;

/** The instants of a period in one zone: from {@code start} included to {@code end} excluded. */
public record PeriodBounds(Instant start, Instant end) {

    public PeriodBounds {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period starts before it ends: " + start + " / " + end);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
