package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.survey.domain.ikm.IkmCalculator;
import id.go.mpp.sinergi.survey.domain.ikm.IkmTally;
import id.go.mpp.sinergi.survey.domain.ikm.IkmTrend;
import id.go.mpp.sinergi.survey.domain.ikm.PeriodTally;
import id.go.mpp.sinergi.survey.domain.ikm.SampleSize;
import id.go.mpp.sinergi.survey.domain.period.InvalidPeriodKeyException;
import id.go.mpp.sinergi.survey.domain.period.PeriodKind;
import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;
import id.go.mpp.sinergi.survey.store.ikm.Embargoes;
import id.go.mpp.sinergi.survey.store.ikm.IkmAggregates;
import id.go.mpp.sinergi.survey.store.ikm.IkmAggregates.UnitSums;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IKM of a unit for a period, of every unit of an MPP, and over consecutive periods — summed from the daily
 * and monthly aggregates (never the raw responses), computed by the regulation's rules ({@link IkmCalculator}), with
 * the sample's sufficiency against the tickets served ({@link SampleSize}). A public read of a unit the MPP admin
 * hides gets no figures until the period is over.
 */
@ApplicationScoped
public class IkmReports {

    /** Periods are over once their last day has ended everywhere in Indonesia (WIB is the last zone to end it). */
    private static final ZoneId LAST_ZONE = IndonesianTimeZone.WIB.zone();

    /** The longest trend served. */
    public static final int MAX_TREND = 36;

    private final Clock clock;
    private final IkmAggregates aggregates;
    private final Embargoes embargoes;

    public IkmReports(Clock clock, IkmAggregates aggregates, Embargoes embargoes) {
        this.clock = clock;
        this.aggregates = aggregates;
        this.embargoes = embargoes;
    }

    /** The period of a key, or a 400 naming the field {@code period}. */
    public static ReportingPeriod period(String key) {
        return period("period", key);
    }

    /** The period of a key, or a 400 naming {@code field}. */
    public static ReportingPeriod period(String field, String key) {
        try {
            return ReportingPeriod.parse(key);
        } catch (InvalidPeriodKeyException e) {
            throw ProblemException.invalidField(field, LocalizedText.of(e.problem().id(), e.problem().en()));
        }
    }

    @WithSession
    public Uni<IkmReport> report(IkmUnit unit, String periodKey, Locale locale, boolean publicRead) {
        ReportingPeriod period = period(periodKey);
        return hidden(unit, period, publicRead).chain(hidden -> hidden
                ? Uni.createFrom().item(IkmReport.hidden(unit.mpp(), unit.agency(), unit.service(),
                IkmReport.Period.of(period, locale)))
                : figures(unit, period, locale));
    }

    /** The MPP, each agency and each service with responses or served tickets in the period (one statement). */
    @WithSession
    public Uni<List<IkmReport>> units(String mpp, String periodKey, Locale locale, boolean publicRead) {
        ReportingPeriod period = period(periodKey);
        return aggregates.unitSums(mpp, period.firstDay(), period.lastDay()).chain(units -> {
            Uni<List<IkmReport>> reports = Uni.createFrom().item(new ArrayList<>());
            for (UnitSums sums : units) {
                IkmUnit unit = sums.unit();
                reports = reports.chain(list -> hidden(unit, period, publicRead).map(hidden -> {
                    list.add(hidden ? IkmReport.hidden(unit.mpp(), unit.agency(), unit.service(),
                            IkmReport.Period.of(period, locale)) : report(sums, period, locale));
                    return list;
                }));
            }
            return reports;
        });
    }

    /** The last {@code count} periods of {@code kind} up to the one holding {@code until} (today when null). */
    @WithSession
    public Uni<IkmTrendView> trend(IkmUnit unit, PeriodKind kind, int count, String until, boolean publicRead) {
        if (kind == PeriodKind.RANGE) {
            throw ProblemException.invalidField("kind", LocalizedText.of(
                    "tren berjalan per bulan, triwulan, semester atau tahun (MONTH, QUARTER, SEMESTER, YEAR)",
                    "a trend runs by month, quarter, semester or year (MONTH, QUARTER, SEMESTER, YEAR)"));
        }
        ReportingPeriod last = until == null ? ReportingPeriod.containing(kind, LocalDate.now(clock.withZone(LAST_ZONE)))
                : ReportingPeriod.containing(kind, period("until", until).lastDay());
        List<ReportingPeriod> periods;
        try {
            periods = new ArrayList<>(last.previous(count - 1));
        } catch (IllegalArgumentException beforeYearOne) {
            throw ProblemException.invalidField("until", LocalizedText.of(
                    "tren tidak dapat dimulai sebelum tahun 0001", "a trend cannot start before the year 0001"));
        }
        periods.add(last);
        periods.sort((a, b) -> a.firstDay().compareTo(b.firstDay()));
        return hidden(unit, last, publicRead).chain(hidden -> {
            if (hidden) {
                return Uni.createFrom().item(new IkmTrendView(unit.mpp(), unit.agency(), unit.service(), kind.name(),
                        false, List.of()));
            }
            // Periods of a trend are whole months: each sums the monthly rows of its months.
            return aggregates.monthly(unit, periods.get(0).firstDay(), last.lastDay()).map(monthly -> {
                List<PeriodTally> series = new ArrayList<>();
                for (ReportingPeriod p : periods) {
                    IkmTally tally = IkmTally.empty();
                    for (Map.Entry<LocalDate, IkmTally> month : monthly.entrySet()) {
                        if (p.contains(month.getKey())) {
                            tally = tally.plus(month.getValue());
                        }
                    }
                    series.add(new PeriodTally(p, tally));
                }
                return new IkmTrendView(unit.mpp(), unit.agency(), unit.service(), kind.name(), true,
                        IkmTrend.of(series).points().stream().map(IkmTrendView.Point::of).toList());
            });
        });
    }

    private Uni<IkmReport> figures(IkmUnit unit, ReportingPeriod period, Locale locale) {
        return aggregates.sums(unit, period.firstDay(), period.lastDay()).map(sums -> report(sums, period, locale));
    }

    private static IkmReport report(UnitSums sums, ReportingPeriod period, Locale locale) {
        IkmUnit unit = sums.unit();
        IkmTally tally = sums.tally();
        return IkmReport.of(unit.mpp(), unit.agency(), unit.service(), IkmReport.Period.of(period, locale),
                tally.respondents(), sums.served(), SampleSize.check(sums.served(), tally.respondents()),
                IkmCalculator.calculate(tally).orElse(null), tally.profile(), locale);
    }

    private Uni<Boolean> hidden(IkmUnit unit, ReportingPeriod period, boolean publicRead) {
        if (!publicRead || period.lastDay().isBefore(LocalDate.now(clock.withZone(LAST_ZONE)))) {
            return Uni.createFrom().item(false);
        }
        return embargoes.hides(unit.mpp(), unit.agency(), unit.service());
    }
}
