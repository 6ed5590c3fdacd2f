package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * queue-service takes the request and never answers (a real server, {@link SilentService}): the gateway must not
 * claim that nothing changed, because the service may have made the change.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
@QuarkusTestResource(value = SilentService.class, restrictToAnnotatedClass = true)
class DownstreamTimeoutTests {

    SilentService queueService;

    @Inject
    Pool database;

    @Test
    void aChangeWhoseAnswerNeverCameIsA504ThatSaysTheOutcomeIsUnknownAndHowToCheck() {
        int before = queueService.received();

        given().auth().oauth2(DemoUsers.CITIZEN.token()).header("Accept-Language", "en")
                .contentType("application/json").body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"ktp-el\"}")
                .when().post("/api/v1/tickets")
                .then().spec(problem(504))
                .header("Retry-After", nullValue())
                .body("code", equalTo("outcome-unknown"))
                .body("title", equalTo("Outcome of the change unknown"))
                .body("detail", containsString("may or may not have been made"))
                .body("detail", containsString("Read the resource again"))
                .body("detail", org.hamcrest.Matchers.not(containsString("nothing was changed")))
                .body("instance", equalTo("/api/v1/tickets"));

        assertThat(queueService.received()).as("the change reached queue-service").isEqualTo(before + 1);
    }

    @Test
    void theOutcomeIsUnknownInIndonesianByDefault() {
        given().auth().oauth2(DemoUsers.CITIZEN.token())
                .contentType("application/json").body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"ktp-el\"}")
                .when().post("/api/v1/tickets")
                .then().statusCode(504)
                .header("Content-Language", "id")
                .body("title", equalTo("Hasil perubahan tidak diketahui"))
                .body("detail", containsString("mungkin sudah tersimpan, mungkin juga belum"));
    }

    @Test
    void theAuditLogRecordsAChangeWhoseAnswerNeverCameAsUnknown() {
        given().auth().oauth2(DemoUsers.IMIGRASI_OFFICER.token())
                .when().post("/api/v1/counters/kota-jambi/IMI-9/open")
                .then().statusCode(504);

        Row row = database.preparedQuery("""
                        select status, outcome from audit_record where action = $1 and target = $2
                        order by id desc limit 1""")
                .executeAndAwait(Tuple.of("counter.open", "counters/kota-jambi/IMI-9"))
                .iterator().next();
        assertThat(row.getInteger("status")).isEqualTo(504);
        assertThat(row.getString("outcome")).isEqualTo("UNKNOWN");
    }

    @Test
    void controlCharactersOfAPathIdAreAuditedEscapedInsteadOfFailingTheWrite() {
        // %00 and %0A decoded into the audited target: PostgreSQL refused the NUL and the caller got a 500.
        given().auth().oauth2(DemoUsers.IMIGRASI_OFFICER.token()).urlEncodingEnabled(false)
                .when().post("/api/v1/counters/kota-jambi/IMI%000%0A9/open")
                .then().spec(problem(504));

        Row row = database.preparedQuery("""
                        select status, outcome from audit_record where action = $1 and target = $2
                        order by id desc limit 1""")
                .executeAndAwait(Tuple.of("counter.open", "counters/kota-jambi/IMI\\u00000\\u000a9"))
                .iterator().next();
        assertThat(row.getInteger("status")).isEqualTo(504);
        assertThat(row.getString("outcome")).isEqualTo("UNKNOWN");
    }

    @Test
    void aReadWhoseAnswerNeverCameChangedNothingAndMayBeRetried() {
        given().auth().oauth2(DemoUsers.CITIZEN.token()).header("Accept-Language", "en")
                .when().get("/api/v1/tickets/mine")
                .then().spec(problem(503))
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("nothing was changed"));
    }
}
