package id.go.mpp.sinergi.survey.gates;

import id.go.mpp.sinergi.core.codes.ReadableCodes;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.gates.GatesContract;
import id.go.mpp.sinergi.testing.gates.RowCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The gates of every survey-service endpoint, from its OpenAPI document and {@code gates/access.yaml}; the
 * fixture is an open invitation of the demo citizen after a served visit at imigrasi.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.SURVEY_EVENTS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KeycloakTestResource.class)
class SurveyGatesTests extends GatesContract {

    @Override
    protected String service() {
        return "survey-service";
    }

    @Override
    protected String database() {
        return "survey";
    }

    /** The IKM read models follow the survey topic on their own time (a projection), not the request. */
    @Override
    protected RowCounts rowCounts() {
        return RowCounts.ofDatabase("survey", "ikm_day", "ikm_month", "served_day", "served_month");
    }

    @Override
    protected Map<String, String> fixture() {
        return Map.of("invitation", openInvitation(), "code", walkInCode());
    }

    /** The survey code printed on a walk-in's ticket (no account), once the served step is invited. */
    private static String walkInCode() {
        String code = ReadableCodes.random(5) + "-" + ReadableCodes.random(5);
        try (EventPublisher queueService = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
            queueService.publish(new TicketCompleted(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "IMI-A-102", "kota-jambi", "imigrasi", "paspor-baru", "IMI-1", null, "SERVED", Instant.now(), 300,
                    600, ReadableCodes.hash(code), LocalDate.now()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/survey-codes/" + code).statusCode() == 200);
        return code;
    }

    /** An open invitation of the demo citizen, from a served visit at imigrasi, MPP kota-jambi. */
    private static String openInvitation() {
        String visitId = UUID.randomUUID().toString();
        try (EventPublisher queueService = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
            queueService.publish(new TicketCompleted(visitId, UUID.randomUUID().toString(), "IMI-A-101", "kota-jambi",
                    "imigrasi", "paspor-baru", "IMI-1", DemoUsers.CITIZEN.accountId(), "SERVED", Instant.now(), 300, 600,
                    null, null));
        }
        return await().atMost(Duration.ofSeconds(20)).until(() -> as(DemoUsers.CITIZEN).get("/invitations/mine")
                .then().statusCode(200).extract().<String>path("find { it.visitId == '" + visitId + "' }.id"),
                id -> id != null);
    }
}
