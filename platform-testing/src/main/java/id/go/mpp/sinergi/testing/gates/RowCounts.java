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
 * gates compare it before and after each refused request ("no partial writes").
 */
public final class RowCounts implements Supplier<Map<String, Long>>, AutoCloseable {

    private final String jdbcUrl;
    private final Set<String> excluded;
    private Connection connection;
    private String statement;

    private RowCounts(String jdbcUrl, Set<String> excluded) {
        this.jdbcUrl = jdbcUrl;
        this.excluded = excluded;
    }

    /**
     * Every table of {@code database}'s public schema but Flyway's, {@code processed_event} (consumers write it
     * on their own time) and {@code excludedTables}.
     */
    public static RowCounts ofDatabase(String database, String... excludedTables) {
        Set<String> excluded = new java.util.HashSet<>(Set.of(excludedTables));
        excluded.add("flyway_schema_history");
        excluded.add("processed_event");
        return new RowCounts(EmbeddedPostgresServer.shared().jdbcUrl(database), Set.copyOf(excluded));
    }

    @Override
    public synchronized Map<String, Long> get() {
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
        return tables.stream().map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
