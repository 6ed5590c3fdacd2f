package id.go.mpp.sinergi.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the application's default datasource at its own database on the JVM's embedded PostgreSQL.
 * Init argument {@code database} names it (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        server.createDatabase(database);
        return server.quarkusConfig(database);
    }

    @Override
    public void stop() {
        // The server lives for the whole JVM.
    }
}
