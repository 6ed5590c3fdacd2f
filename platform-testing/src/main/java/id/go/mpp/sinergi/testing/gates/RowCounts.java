package id.go.mpp.sinergi.testing.gates;

import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The row count of every table of a service's database on the JVM's embedded PostgreSQL, in one statement: the
 * gates compare it before and after each refused request ("no partial writes"). Several databases count together
 * ({@link #together}) with their tables named {@code database.table}.
 */
public final class RowCounts implements Supplier<Map<String, Long>>, AutoCloseable {

    private final String database;
    private final String jdbcUrl;
    private final Set<String> excluded;
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final List<RowCounts> parts;
    private Connection connection;
    private String statement;

    private RowCounts(String database, String jdbcUrl, Set<String> excluded, List<RowCounts> parts) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
        this.excluded = excluded;
        this.parts = parts;
    }

    /**
     * Every table of {@code database}'s public schema but Flyway's, {@code processed_event} (consumers write it
     * on their own time) and {@code excludedTables}.
     */
    public static RowCounts ofDatabase(String database, String... excludedTables) {
        Set<String> excluded = new java.util.HashSet<>(Set.of(excludedTables));
        excluded.add("flyway_schema_history");
        excluded.add("processed_event");
        return new RowCounts(database, EmbeddedPostgresServer.shared().jdbcUrl(database), Set.copyOf(excluded), null);
    }

    /**
     * The counts of several databases as one; each table is named {@code database.table}. Closing it closes them.
     */
    public static RowCounts together(RowCounts... databases) {
        return new RowCounts(null, null, Set.of(), List.of(databases));
    }

    /**
     * Counts only the rows of {@code table} that satisfy {@code condition} (SQL), e.g. an audit log that records
     * refusals too, of which only records of a success must not appear on a refusal: {@code status < 400}.
     */
    public RowCounts where(String table, String condition) {
        if (parts != null) {
            throw new IllegalStateException("Give conditions to each database's RowCounts");
        }
        conditions.put(table, condition);
        statement = null;
        return this;
    }

    @Override
    public synchronized Map<String, Long> get() {
        if (parts != null) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (RowCounts part : parts) {
                part.get().forEach((table, count) -> counts.put(part.database + "." + table, count));
            }
            return counts;
        }
        try {
            if (connection == null || connection.isClosed()) {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
                connection = DriverManager.getConnection(jdbcUrl, server.username(), server.password());
                statement = null;
            }
            if (statement == null) {
                statement = countStatement();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(statement)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting rows in " + jdbcUrl + " failed", e);
        }
    }

    private String countStatement() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                if (!excluded.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No tables to count in " + jdbcUrl);
        }
        if (!tables.containsAll(conditions.keySet())) {
            throw new IllegalStateException("No tables " + conditions.keySet() + " to count in " + jdbcUrl);
        }
        return tables.stream().map(t -> conditions.containsKey(t)
                        ? "select '" + t + " where " + conditions.get(t).replace("'", "''") + "', count(*) from \"" + t
                                + "\" where " + conditions.get(t)
                        : "select '" + t + "', count(*) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
    }

    @Override
    public synchronized void close() throws SQLException {
        if (parts != null) {
            for (RowCounts part : parts) {
                part.close();
            }
            return;
        }
        if (connection != null) {
            connection.close();
        }
    }
}
