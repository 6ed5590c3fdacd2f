package id.go.mpp.sinergi.gateway.store;

import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway publishes no events: it is built on platform-core and platform-data only, so it has no outbox tables,
 * runs no outbox relay and holds no LISTEN connection to its database.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
class LeanGatewayTests {

    @Inject
    Pool database;

    @Test
    void theGatewaysDatabaseHasItsAuditLogAndNoOutbox() {
        List<String> tables = new ArrayList<>();
        for (Row row : database.query("select table_name from information_schema.tables where table_schema = 'public'")
                .execute().await().atMost(Duration.ofSeconds(10))) {
            tables.add(row.getString(0));
        }
        assertThat(tables).contains("audit_record").doesNotContain("outbox_event", "processed_event");
    }

    @Test
    void noRelayRunsAndNobodyListensOnTheGatewaysDatabase() {
        assertThatThrownBy(() -> Class.forName("id.go.mpp.sinergi.messaging.outbox.OutboxRelay"))
                .isInstanceOf(ClassNotFoundException.class);
        long listening = database.query("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and query ilike 'listen%'""")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        assertThat(listening).isZero();
    }
}
