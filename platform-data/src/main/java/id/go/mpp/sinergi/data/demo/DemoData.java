package id.go.mpp.sinergi.data.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a service's demo data ({@code demo-data.sql} on its classpath) at start when
 * {@code sinergi.demo-data.enabled=true} (set by {@code ./sinergi up} and tests, never in production).
 * The script must be idempotent ({@code on conflict do nothing}) because it runs at every start; it runs
 * after the Flyway migrations, in one transaction.
 */
@ApplicationScoped
public class DemoData {

    static final String SCRIPT = "demo-data.sql";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final AgroalDataSource dataSource;
    private final boolean enabled;

    public DemoData(AgroalDataSource dataSource,
                    @ConfigProperty(name = "sinergi.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        String script = script();
        if (script == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            LOG.infof("Demo data loaded from %s", SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load demo data from " + SCRIPT, e);
        }
    }

    private static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
