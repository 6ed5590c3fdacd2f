package id.go.mpp.sinergi.complaint.app.statistics;

import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics;
import id.go.mpp.sinergi.complaint.domain.statistics.ReportingPeriod;
import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import id.go.mpp.sinergi.complaint.store.statistics.ComplaintStatisticsSql;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.core.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The public per-agency statistics of an MPP's complaints over a period (no login): numbers only, confidential
 * complaints included in them. Working days are the MPP's calendar in its zone, as for the deadlines.
 */
@ApplicationScoped
public class ComplaintStatisticsQueries {

    private final Clock clock;
    private final Calendars calendars;
    private final ComplaintStatisticsSql sql;

    public ComplaintStatisticsQueries(Clock clock, Calendars calendars, ComplaintStatisticsSql sql) {
        this.clock = clock;
        this.calendars = calendars;
        this.sql = sql;
    }

    /**
     * The complaints received from {@code from} to {@code to}; a missing end is that of the current month in the
     * MPP's zone. At most {@value ReportingPeriod#MAX_DAYS} days; a refused period is a 400 naming the end to correct.
     */
    @WithSession
    public Uni<ComplaintStatisticsView> of(String mppCode, LocalDate from, LocalDate to) {
        return calendars.deadlinesOf(mppCode).chain(deadlines -> {
            ReportingPeriod period = period(from, to, deadlines);
            Instant start = period.start(deadlines.zone());
            Instant end = period.end(deadlines.zone());
            return sql.counts(mppCode, start, end)
                    .chain(counts -> sql.followUps(mppCode, start, end)
                            .map(followUps -> ComplaintStatistics.of(counts, followUps, deadlines)))
                    .map(report -> new ComplaintStatisticsView(mppCode, period.from(), period.to(),
                            IndonesianTimeZone.ofZone(deadlines.zone().getId()).orElse(IndonesianTimeZone.WIB),
                            report.agencies(), report.total()));
        });
    }

    private ReportingPeriod period(LocalDate from, LocalDate to, ComplaintDeadlines deadlines) {
        ReportingPeriod month = ReportingPeriod.monthOf(Timestamps.now(clock).atZone(deadlines.zone()).toLocalDate());
        try {
            return new ReportingPeriod(from != null ? from : month.from(), to != null ? to : month.to());
        } catch (ReportingPeriod.InvalidPeriod e) {
            throw refusal(e.refusal(), to != null);
        }
    }

    private static ProblemException refusal(ReportingPeriod.Refusal refusal, boolean toGiven) {
        return switch (refusal) {
            case FROM_OUT_OF_RANGE -> outOfRange("from");
            case TO_OUT_OF_RANGE -> outOfRange("to");
            case TO_BEFORE_FROM -> ProblemException.invalidField(toGiven ? "to" : "from", LocalizedText.of(
                    "tanggal akhir tidak boleh sebelum tanggal awal", "the last day may not be before the first"));
            case TOO_LONG -> ProblemException.invalidField(toGiven ? "to" : "from", LocalizedText.of(
                    "periode paling lama %d hari", "the period is at most %d days long")
                    .formatted(ReportingPeriod.MAX_DAYS));
        };
    }

    private static ProblemException outOfRange(String field) {
        return ProblemException.invalidField(field, LocalizedText.of("tahun harus antara %d dan %d",
                "the year must be from %d to %d").formatted(ReportingPeriod.FIRST_YEAR, ReportingPeriod.LAST_YEAR));
    }
}
