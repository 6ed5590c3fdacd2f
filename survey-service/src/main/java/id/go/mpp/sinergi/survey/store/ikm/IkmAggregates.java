package id.go.mpp.sinergi.survey.store.ikm;

import id.go.mpp.sinergi.survey.domain.ikm.IkmTally;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IKM read models: per unit (MPP, agency, service) and MPP-local day, the respondents, the sum of each unsur's
 * answers and the respondents of each profile choice ({@code ikm_day}: the counters of {@link IkmColumns}), and the
 * tickets served ({@code served_day}); the same per month ({@code ikm_month}, {@code served_month}), written in the
 * same statement as the day. A report reads the whole months of its period from the monthly rows and only the days of
 * a partial month at either end from the daily ones ({@link DaysAndMonths}), in one statement: its cost is flat in
 * the history and small in the period's length (a year: ≤ 12 rows per service).
 *
 * <p>Every write first takes {@link #LOCK} shared, so a rebuild (which takes it exclusively) sees a still picture.
 */
@ApplicationScoped
public class IkmAggregates {

    /** The advisory lock between the live projections (shared) and a rebuild (exclusive). */
    public static final long LOCK = 19_001L;

    /** A unit's figures over some days: its tally (respondents, unsur sums, profile) and the tickets it served. */
    public record UnitSums(IkmUnit unit, IkmTally tally, long served) {
    }

    private static final String SHARED_LOCK = "select cast(pg_advisory_xact_lock_shared(" + LOCK + ") as text)";

    /**
     * One response: ?1–?3 the unit, ?4 its day, ?5 the month of the day, ?6 its counters (1 respondent, its nine
     * answers, 1 for each profile choice it gave) added to the day's row and to the month's.
     */
    private static final String ADD_RESPONSE = """
            with counters as (select cast(?6 as bigint[]) as c),
            day as (
                insert into ikm_day (mpp_code, agency_code, service_code, service_date, %1$s)
                select ?1, ?2, ?3, ?4, %2$s from counters
                on conflict (mpp_code, service_date, agency_code, service_code) do update set %3$s)
            insert into ikm_month (mpp_code, agency_code, service_code, month, %1$s)
            select ?1, ?2, ?3, ?5, %2$s from counters
            on conflict (mpp_code, month, agency_code, service_code) do update set %4$s""".formatted(
            IkmColumns.names(), elements("c", IkmColumns.COUNT), IkmColumns.each("%1$s = ikm_day.%1$s + excluded.%1$s"),
            IkmColumns.each("%1$s = ikm_month.%1$s + excluded.%1$s"));

    /** One ticket served: ?1–?3 the unit, ?4 its day, ?5 the month of the day. */
    private static final String ADD_SERVED = """
            with day as (
                insert into served_day (mpp_code, agency_code, service_code, service_date, served)
                values (?1, ?2, ?3, ?4, 1)
                on conflict (mpp_code, service_date, agency_code, service_code) do update set
                    served = served_day.served + 1)
            insert into served_month (mpp_code, agency_code, service_code, month, served)
            values (?1, ?2, ?3, ?5, 1)
            on conflict (mpp_code, month, agency_code, service_code) do update set
                served = served_month.served + 1""";

    /**
     * The filter of a unit's level ({@code %1$s} in the statements below), its agency and service the parameters
     * {@code first} and the next: one statement text per level, with plain equalities, so each keeps a plan that
     * uses its index conditions (one text with {@code ? is null or …} for all levels switched to a generic plan that
     * read 30 times the rows: bench/ikm).
     */
    private static String level(int level, int first) {
        return "mpp_code = ?1" + (level > 0 ? " and agency_code = ?" + first : "")
                + (level > 1 ? " and service_code = ?" + (first + 1) : "");
    }

    /**
     * The rows of a period, each with the unit's codes, the counters of {@link IkmColumns} and the tickets served:
     * the days ?2–?3 (head) and ?4–?5 (tail) from the daily rows, the months ?6–?7 from the monthly ones
     * ({@link DaysAndMonths}). {@code %1$s}: the unit's filter.
     */
    private static final String PERIOD_ROWS = """
            select agency_code, service_code, %2$s, 0 as served from ikm_day
            where %1$s and service_date between ?2 and ?3
            union all
            select agency_code, service_code, %2$s, 0 from ikm_day
            where %1$s and service_date between ?4 and ?5
            union all
            select agency_code, service_code, %2$s, 0 from ikm_month
            where %1$s and month between ?6 and ?7
            union all
            select agency_code, service_code, %3$s, served from served_day
            where %1$s and service_date between ?2 and ?3
            union all
            select agency_code, service_code, %3$s, served from served_day
            where %1$s and service_date between ?4 and ?5
            union all
            select agency_code, service_code, %3$s, served from served_month
            where %1$s and month between ?6 and ?7""";

    /**
     * A unit's sums over a period: the counters, then the tickets served; one text per level (MPP, agency,
     * service), its agency ?8 and service ?9.
     */
    private static final List<String> SUMS = List.of(sums(0), sums(1), sums(2));

    /**
     * Every unit of an MPP with a response or a served ticket over a period, and the MPP and each agency: its codes
     * (null above its level), then the sums of {@link #SUMS}. The MPP comes first, each agency before its services.
     */
    private static final String UNIT_SUMS = """
            select agency_code, service_code, grouping(agency_code, service_code), %s, coalesce(sum(served), 0)
            from (%s) period
            group by grouping sets ((), (agency_code), (agency_code, service_code))
            order by agency_code nulls first, service_code nulls first""".formatted(
            IkmColumns.each("coalesce(sum(%s), 0)"),
            PERIOD_ROWS.formatted(level(0, 8), IkmColumns.names(), zeros()));

    /**
     * A unit's respondents and unsur sums per month over the months ?2–?3 (first days), months without any left out;
     * one text per level, its agency ?4 and service ?5.
     */
    private static final List<String> MONTHLY = List.of(monthly(0), monthly(1), monthly(2));

    /** One response of a unit's day, with its profile choices: in the caller's transaction. */
    public Uni<Void> addResponse(IkmUnit unit, LocalDate day, short[] answers, List<ProfileChoice> profile) {
        Long[] counters = new Long[IkmColumns.COUNT];
        Arrays.fill(counters, 0L);
        counters[0] = 1L;
        for (int i = 0; i < answers.length; i++) {
            counters[IkmColumns.FIRST_UNSUR + i] = (long) answers[i];
        }
        for (ProfileChoice choice : profile) {
            counters[IkmColumns.indexOf(choice)] = 1L;
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(SHARED_LOCK, String.class).getSingleResult()
                .chain(() -> s.createNativeQuery(ADD_RESPONSE).setParameter(1, unit.mpp())
                        .setParameter(2, unit.agency()).setParameter(3, unit.service()).setParameter(4, day)
                        .setParameter(5, DaysAndMonths.monthOf(day)).setParameter(6, counters).executeUpdate()))
                .replaceWithVoid();
    }

    /** One ticket served at a unit on a day: in the caller's transaction. */
    public Uni<Void> addServed(IkmUnit unit, LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SHARED_LOCK, String.class).getSingleResult()
                .chain(() -> s.createNativeQuery(ADD_SERVED).setParameter(1, unit.mpp())
                        .setParameter(2, unit.agency()).setParameter(3, unit.service()).setParameter(4, day)
                        .setParameter(5, DaysAndMonths.monthOf(day)).executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * The tally of a unit (agency and service null for the whole MPP) over days {@code from}…{@code to} and the
     * tickets it served: one statement.
     */
    public Uni<UnitSums> sums(IkmUnit unit, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> {
            var select = period(s.createNativeQuery(SUMS.get(level(unit)), Object[].class), unit.mpp(), from, to);
            if (unit.agency() != null) {
                select.setParameter(8, unit.agency());
            }
            if (unit.service() != null) {
                select.setParameter(9, unit.service());
            }
            return select.getSingleResult().map(row -> new UnitSums(unit, IkmColumns.tally(counters(row, 0)),
                    number(row[IkmColumns.COUNT])));
        });
    }

    /**
     * The MPP, each of its agencies and each (agency, service) unit with a response or a served ticket over
     * {@code from}…{@code to}, with their sums: one statement. The MPP first, each agency before its services.
     */
    public Uni<List<UnitSums>> unitSums(String mpp, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(s -> period(s.createNativeQuery(UNIT_SUMS, Object[].class), mpp, from, to)
                .getResultList().map(rows -> {
                    List<UnitSums> units = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        int level = ((Number) row[2]).intValue();
                        IkmUnit unit = new IkmUnit(mpp, (level & 2) == 0 ? (String) row[0] : null,
                                level == 0 ? (String) row[1] : null);
                        units.add(new UnitSums(unit, IkmColumns.tally(counters(row, 3)),
                                number(row[3 + IkmColumns.COUNT])));
                    }
                    return units;
                }));
    }

    /**
     * A unit's tallies (without the profile) per month over the months {@code firstMonth}…{@code lastMonth} (first
     * days), by the first day of each; months without respondents left out.
     */
    public Uni<Map<LocalDate, IkmTally>> monthly(IkmUnit unit, LocalDate firstMonth, LocalDate lastMonth) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(MONTHLY.get(level(unit)), Object[].class);
            query.setParameter(1, unit.mpp());
            query.setParameter(2, DaysAndMonths.monthOf(firstMonth));
            query.setParameter(3, DaysAndMonths.monthOf(lastMonth));
            if (unit.agency() != null) {
                query.setParameter(4, unit.agency());
            }
            if (unit.service() != null) {
                query.setParameter(5, unit.service());
            }
            return query.getResultList().map(rows -> {
                Map<LocalDate, IkmTally> byMonth = new HashMap<>();
                for (Object[] row : rows) {
                    long[] sums = new long[9];
                    for (int i = 0; i < 9; i++) {
                        sums[i] = number(row[2 + i]);
                    }
                    byMonth.put((LocalDate) row[0], IkmTally.of(number(row[1]), sums));
                }
                return byMonth;
            });
        });
    }

    private static String sums(int level) {
        return "select %s, coalesce(sum(served), 0) from (%s) period".formatted(
                IkmColumns.each("coalesce(sum(%s), 0)"), PERIOD_ROWS.formatted(level(level, 8), IkmColumns.names(),
                        zeros()));
    }

    private static String monthly(int level) {
        return """
                select month, sum(respondents), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7),
                       sum(u8), sum(u9)
                from ikm_month where %s and month between ?2 and ?3
                group by month""".formatted(level(level, 4));
    }

    /** 0 for an MPP, 1 for an agency, 2 for a service. */
    private static int level(IkmUnit unit) {
        return unit.service() != null ? 2 : unit.agency() != null ? 1 : 0;
    }

    /** {@code query} with the MPP and the days of {@link DaysAndMonths} bound (?1–?7). */
    private static <R> Mutiny.SelectionQuery<R> period(Mutiny.SelectionQuery<R> query, String mpp, LocalDate from,
                                                        LocalDate to) {
        DaysAndMonths rows = DaysAndMonths.of(from, to);
        query.setParameter(1, mpp);
        query.setParameter(2, rows.headFrom());
        query.setParameter(3, rows.headTo());
        query.setParameter(4, rows.tailFrom());
        query.setParameter(5, rows.tailTo());
        query.setParameter(6, rows.firstMonth());
        query.setParameter(7, rows.lastMonth());
        return query;
    }

    /** {@code c[1], c[2], …}: the elements of the array {@code name}. */
    private static String elements(String name, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i == 1 ? "" : ", ").append(name).append('[').append(i).append(']');
        }
        return text.toString();
    }

    /** A zero for each counter (the rows of tickets served count no respondents). */
    private static String zeros() {
        return IkmColumns.each("0");
    }

    private static long[] counters(Object[] row, int first) {
        long[] counters = new long[IkmColumns.COUNT];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = number(row[first + i]);
        }
        return counters;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
