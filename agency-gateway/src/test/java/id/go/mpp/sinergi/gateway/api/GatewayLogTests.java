package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway writes to its log about a request cannot be steered by the request (same setup as
 * {@link PublicApiSecurityTests}: queue-service unreachable, so the gateway logs the failed call). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class GatewayLogTests {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aLineBreakEncodedInThePathCannotForgeALogLine() {
        given().urlEncodingEnabled(false).auth().oauth2(DemoUsers.CITIZEN.token())
                .when().get("/api/v1/tickets/x%0AFAKE%20LINE")
                .then().statusCode(503);

        List<String> lines = logged.stream().flatMap(message -> message.lines()).toList();
        assertThat(lines).noneMatch(line -> line.startsWith("FAKE"));
        assertThat(lines).as("the failed call was logged").anyMatch(line -> line.contains("x%0AFAKE%20LINE"));
    }
}
