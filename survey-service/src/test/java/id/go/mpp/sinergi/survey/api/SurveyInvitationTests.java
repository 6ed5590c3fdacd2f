package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.SURVEY_EVENTS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KeycloakTestResource.class)
class SurveyInvitationTests {

    private EventPublisher queueService;

    @BeforeEach
    void queueService() {
        queueService = new EventPublisher(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterEach
    void close() {
        queueService.close();
    }

    @Test
    void aServedVisitInvitesTheCitizenExactlyOnceEvenWhenTheEventIsDeliveredTwice() {
        String visitId = UUID.randomUUID().toString();
        TicketCompleted completed = completed(visitId, "SERVED", DemoUsers.CITIZEN.accountId());
        String eventId = UUID.randomUUID().toString();
        queueService.publish(completed, eventId);
        queueService.publish(completed, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> invitationsFor(visitId) == 1);
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), Topics.SURVEY_EVENTS)) {
            List<ReceivedEvent> created = reader.await(e -> visitId.equals(e.key()), 1, Duration.ofSeconds(15));
            assertThat(created.get(0).type()).isEqualTo("id.go.mpp.survey.invitation-created.v1");
            assertThat(reader.drain(e -> visitId.equals(e.key()), Duration.ofSeconds(1))).hasSize(1);
        }
        assertThat(invitationsFor(visitId)).isEqualTo(1);
    }

    @Test
    void aVisitThatWasNotServedInvitesNobody() throws Exception {
        String visitId = UUID.randomUUID().toString();
        queueService.publish(completed(visitId, "NOT_SERVED", DemoUsers.CITIZEN.accountId()));
        String marker = UUID.randomUUID().toString();
        queueService.publish(completed(marker, "SERVED", DemoUsers.CITIZEN.accountId()));

        await().atMost(Duration.ofSeconds(20)).until(() -> invitationsFor(marker) == 1);
        assertThat(invitationsFor(visitId)).isZero();
    }

    @Test
    void theCitizenAnswersTheNineUnsurOnceAndCannotAnswerAgain() {
        String visitId = UUID.randomUUID().toString();
        queueService.publish(completed(visitId, "SERVED", DemoUsers.CITIZEN.accountId()));
        await().atMost(Duration.ofSeconds(20)).until(() -> invitationsFor(visitId) == 1);
        String invitationId = as(DemoUsers.CITIZEN).get("/invitations/mine").then().statusCode(200)
                .extract().path("find { it.visitId == '" + visitId + "' }.id");

        as(DemoUsers.CITIZEN).body(answers(4)).post("/invitations/" + invitationId + "/response")
                .then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body(answers(3))
                .post("/invitations/" + invitationId + "/response")
                .then().statusCode(409)
                .body("detail", equalTo("The survey invitation is ANSWERED"));
    }

    @Test
    void anAnswerOutsideTheScaleIs400NamingTheAnswer() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en")
                .body("{\"answers\": [{\"unsur\": 1, \"value\": 5}]}")
                .post("/invitations/" + UUID.randomUUID() + "/response")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("answers[0].value"))
                .body("errors[0].message", equalTo("must be at most 4"));
    }

    @Test
    void anIncompleteSurveyIs400NamingTheMissingUnsur() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en")
                .body("{\"answers\": [{\"unsur\": 1, \"value\": 3}]}")
                .post("/invitations/" + UUID.randomUUID() + "/response")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", equalTo("all nine unsur must be answered; unsur 2 is missing"));
    }

    @Test
    void badJsonIs400() {
        as(DemoUsers.CITIZEN).body("{\"answers\": [").post("/invitations/" + UUID.randomUUID() + "/response")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void invitationsNeedATokenAndTheCitizenRole() {
        given().when().get("/invitations/mine").then().statusCode(401);
        as(DemoUsers.IMIGRASI_OFFICER).get("/invitations/mine").then().statusCode(403);
    }

    private long invitationsFor(String visitId) {
        List<String> visits = as(DemoUsers.CITIZEN).get("/invitations/mine").then().statusCode(200)
                .extract().jsonPath().getList("visitId", String.class);
        return visits.stream().filter(visitId::equals).count();
    }

    private static TicketCompleted completed(String visitId, String outcome, String citizenId) {
        return new TicketCompleted(visitId, UUID.randomUUID().toString(), "IMI-A-007", "kota-jambi", "imigrasi",
                "paspor-baru", "IMI-1", citizenId, outcome, Instant.now(), 300, 600);
    }

    private static String answers(int value) {
        return IntStream.rangeClosed(1, 9).mapToObj(u -> Map.of("unsur", u, "value", value))
                .map(m -> "{\"unsur\": " + m.get("unsur") + ", \"value\": " + m.get("value") + "}")
                .collect(Collectors.joining(",", "{\"answers\": [", "]}"));
    }
}
