package id.go.mpp.sinergi.survey.store.ikm;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rebuild's statements, on a JDBC connection of its own: a rebuild is one long transaction that holds
 * {@link IkmAggregates#LOCK} exclusively while it reads the topics (blocking reads on a worker thread), so the live
 * projections wait and the new figures replace the old ones atomically.
 */
@ApplicationScoped
public class IkmRebuildSql {

    /** One unit's day (or month: its first day). */
    public record DayKey(String mpp, String agency, String service, LocalDate day) {

        DayKey month() {
            return new DayKey(mpp, agency, service, DaysAndMonths.monthOf(day));
        }
    }

    private final AgroalDataSource dataSource;

    public IkmRebuildSql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A connection in a transaction holding the rebuild's exclusive lock (waits for live projections to finish). */
    public Connection lockedTransaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + IkmAggregates.LOCK + ")");
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Which of {@code eventIds} {@code consumer} has applied (committed in {@code processed_event}). */
    public Set<String> processed(Connection connection, String consumer, List<String> eventIds) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select event_id from processed_event where consumer = ? and event_id = any(?)")) {
            s.setString(1, consumer);
            Array ids = connection.createArrayOf("text", eventIds.toArray());
            s.setArray(2, ids);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            ids.free();
        }
        return found;
    }

    /**
     * Replaces every row of the read models by the ones given, in the locked transaction: the days' counters (in the
     * order of {@link IkmColumns}) and tickets served, and the months they sum to.
     */
    public void replace(Connection connection, Map<DayKey, long[]> days, Map<DayKey, Long> served)
            throws SQLException {
        Map<DayKey, long[]> months = new HashMap<>();
        days.forEach((day, counters) -> {
            long[] month = months.computeIfAbsent(day.month(), k -> new long[IkmColumns.COUNT]);
            for (int i = 0; i < month.length; i++) {
                month[i] = Math.addExact(month[i], counters[i]);
            }
        });
        Map<DayKey, Long> servedMonths = new HashMap<>();
        served.forEach((day, count) -> servedMonths.merge(day.month(), count, Math::addExact));
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("ikm_day", "ikm_month", "served_day", "served_month")) {
                s.execute("delete from " + table);
            }
        }
        insertCounters(connection, "ikm_day", "service_date", days);
        insertCounters(connection, "ikm_month", "month", months);
        insertServed(connection, "served_day", "service_date", served);
        insertServed(connection, "served_month", "month", servedMonths);
    }

    /** The rows of the read models as they stand, for comparing a rebuild with what it replaced. */
    public List<String> snapshot(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (String query : List.of(
                    "select 'day', mpp_code, agency_code, service_code, service_date, " + IkmColumns.names()
                            + " from ikm_day order by 2, 3, 4, 5",
                    "select 'month', mpp_code, agency_code, service_code, month, " + IkmColumns.names()
                            + " from ikm_month order by 2, 3, 4, 5",
                    "select 'served', mpp_code, agency_code, service_code, service_date, served from served_day"
                            + " order by 2, 3, 4, 5",
                    "select 'served-month', mpp_code, agency_code, service_code, month, served from served_month"
                            + " order by 2, 3, 4, 5")) {
                try (ResultSet r = s.executeQuery(query)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(c == 1 ? "" : "|").append(r.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static void insertCounters(Connection connection, String table, String dayColumn,
                                       Map<DayKey, long[]> rows) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into " + table + " (mpp_code, agency_code,"
                + " service_code, " + dayColumn + ", " + IkmColumns.names() + ") values (?, ?, ?, ?, "
                + IkmColumns.each("?") + ")")) {
            for (var entry : rows.entrySet()) {
                bindDay(s, entry.getKey());
                long[] counters = entry.getValue();
                for (int i = 0; i < counters.length; i++) {
                    s.setLong(5 + i, counters[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertServed(Connection connection, String table, String dayColumn, Map<DayKey, Long> rows)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into " + table
                + " (mpp_code, agency_code, service_code, " + dayColumn + ", served) values (?, ?, ?, ?, ?)")) {
            for (var entry : rows.entrySet()) {
                bindDay(s, entry.getKey());
                s.setLong(5, entry.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindDay(PreparedStatement s, DayKey key) throws SQLException {
        s.setString(1, key.mpp());
        s.setString(2, key.agency());
        s.setString(3, key.service());
        s.setDate(4, Date.valueOf(key.day()));
    }
}
