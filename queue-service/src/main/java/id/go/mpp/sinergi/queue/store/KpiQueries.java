package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.domain.kpi.KpiReport;
import id.go.mpp.sinergi.queue.domain.kpi.KpiTally;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sums behind the KPIs ({@link id.go.mpp.sinergi.queue.domain.kpi.KpiFigures} defines them), aggregated
 * in PostgreSQL over table {@code ticket}: one pass with grouping sets for the whole scope, per day, per
 * agency and per service, and one for arrivals per MPP-local hour. Days are the tickets' {@code service_date}
 * (MPP-local); hours are {@code issued_at} in the MPP's {@code time_zone}.
 */
@ApplicationScoped
public class KpiQueries {

    /** The tickets to count: an MPP's, issued on days {@code from}–{@code to}, optionally of one agency/service. */
    public record Scope(String mppCode, LocalDate from, LocalDate to, String agencyCode, String serviceCode) {
    }

    // Waiting time of a called ticket, and the wait so far of one never called (until now or its day's end).
    private static final String MEASURES = """
             join service s on s.mpp_code = t.mpp_code and s.code = t.service_code
             join mpp m on m.code = t.mpp_code
             cross join lateral (select
                 case when t.called_at is not null
                      then greatest(0, extract(epoch from t.called_at - t.queue_since)) end as wait,
                 case when t.called_at is null and t.status = 'WAITING'
                      then greatest(0, extract(epoch from least(cast(?1 as timestamptz),
                               cast(t.service_date + 1 as timestamp) at time zone m.time_zone) - t.queue_since)) end
                      as waited_so_far,
                 case when t.status = 'COMPLETED' and t.completed_at is not null
                      then greatest(0, extract(epoch from t.completed_at - coalesce(t.service_started_at, t.called_at)))
                      end as service_time,
                 s.sla_minutes * 60 as target) x
            """;

    private static final String TALLIES = """
            select grouping(t.service_date), grouping(t.agency_code), grouping(t.service_code),
                   t.service_date, t.agency_code, t.service_code,
                   count(*),
                   count(distinct t.visit_id),
                   count(*) filter (where t.status = 'COMPLETED' and t.outcome = 'SERVED'),
                   count(*) filter (where t.status = 'COMPLETED' and t.outcome = 'NOT_SERVED'),
                   count(*) filter (where t.status = 'NO_SHOW'),
                   count(*) filter (where t.status = 'TRANSFERRED'),
                   count(x.wait), coalesce(sum(x.wait), 0), max(x.wait),
                   count(x.service_time), coalesce(sum(x.service_time), 0), max(x.service_time),
                   count(*) filter (where x.wait is not null or x.waited_so_far > x.target),
                   count(*) filter (where coalesce(x.wait, x.waited_so_far) > x.target)
            from ticket t
            """ + MEASURES;

    private static final String HOURS = """
            select cast(extract(hour from t.issued_at at time zone m.time_zone) as int), count(*)
            from ticket t
            join mpp m on m.code = t.mpp_code
            """;

    /** The sums for the scope as a whole, per day, per agency and per service; {@code now} judges tickets still waiting. */
    public Uni<KpiReport.Tallies> tallies(Scope scope, Instant now) {
        List<Object> params = new ArrayList<>(List.of(now.atOffset(ZoneOffset.UTC)));
        String sql = TALLIES + " where " + filter(scope, params)
                + " group by grouping sets ((t.service_date), (t.agency_code), (t.service_code), ())";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList();
        }).map(KpiQueries::tallies);
    }

    /** Tickets issued per MPP-local hour of day (0–23) over the scope; hours without tickets are missing. */
    public Uni<Map<Integer, Long>> arrivalsByHour(Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = HOURS + " where " + filter(scope, params) + " group by 1";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList();
        }).map(rows -> {
            Map<Integer, Long> byHour = new HashMap<>();
            for (Object[] row : rows) {
                byHour.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
            }
            return byHour;
        });
    }

    /** The where-clause of the scope, adding its parameters after those already in {@code params}. */
    private static String filter(Scope scope, List<Object> params) {
        StringBuilder where = new StringBuilder();
        params.add(scope.mppCode());
        where.append("t.mpp_code = ?").append(params.size());
        params.add(scope.from());
        where.append(" and t.service_date >= ?").append(params.size());
        params.add(scope.to());
        where.append(" and t.service_date <= ?").append(params.size());
        if (scope.agencyCode() != null) {
            params.add(scope.agencyCode());
            where.append(" and t.agency_code = ?").append(params.size());
        }
        if (scope.serviceCode() != null) {
            params.add(scope.serviceCode());
            where.append(" and t.service_code = ?").append(params.size());
        }
        return where.toString();
    }

    private static KpiReport.Tallies tallies(List<Object[]> rows) {
        KpiTally total = KpiTally.ZERO;
        Map<LocalDate, KpiTally> byDay = new HashMap<>();
        Map<String, KpiTally> byAgency = new HashMap<>();
        Map<String, KpiTally> byService = new HashMap<>();
        for (Object[] row : rows) {
            KpiTally tally = new KpiTally(count(row[6]), count(row[7]), count(row[8]), count(row[9]), count(row[10]),
                    count(row[11]), count(row[12]), seconds(row[13]), nullableSeconds(row[14]),
                    count(row[15]), seconds(row[16]), nullableSeconds(row[17]), count(row[18]), count(row[19]));
            boolean perDay = count(row[0]) == 0;
            boolean perAgency = count(row[1]) == 0;
            boolean perService = count(row[2]) == 0;
            if (perDay) {
                byDay.put(toLocalDate(row[3]), tally);
            } else if (perAgency) {
                byAgency.put((String) row[4], tally);
            } else if (perService) {
                byService.put((String) row[5], tally);
            } else {
                total = tally;
            }
        }
        return new KpiReport.Tallies(total, byDay, byAgency, byService);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double seconds(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Double nullableSeconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
