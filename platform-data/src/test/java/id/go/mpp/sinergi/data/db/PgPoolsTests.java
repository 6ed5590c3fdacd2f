package id.go.mpp.sinergi.data.db;

import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "data"))
class PgPoolsTests {

    @Inject
    Pool pool;

    @Test
    void aStatementLongerThanTheClientsDefaultCacheLimitIsPreparedOncePerConnectionAndAnswersEachTime() {
        // 3,000 characters of comment: longer than the Vert.x client's default limit (2,048) for cached statements.
        String marker = "long-statement-" + System.nanoTime();
        String sql = "select $1::int + 1 /* " + marker + " " + "x".repeat(3_000) + " */";

        List<Long> answersAndPrepared = pool.withConnection((SqlConnection connection) ->
                        connection.preparedQuery(sql).execute(Tuple.of(1))
                                .chain(first -> connection.preparedQuery(sql).execute(Tuple.of(41))
                                        .chain(second -> connection.preparedQuery(
                                                        "select count(*) from pg_prepared_statements where statement like $1")
                                                .execute(Tuple.of("%" + marker + "%"))
                                                .map(prepared -> List.of(
                                                        first.iterator().next().getLong(0),
                                                        second.iterator().next().getLong(0),
                                                        prepared.iterator().next().getLong(0))))))
                .await().atMost(Duration.ofSeconds(20));

        assertThat(answersAndPrepared.subList(0, 2)).as("each execution answers with its own parameter")
                .containsExactly(2L, 42L);
        assertThat(answersAndPrepared.get(2)).as("the statement is held prepared by the connection, once")
                .isEqualTo(1L);
    }
}
