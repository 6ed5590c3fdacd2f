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
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static id.go.mpp.sinergi.testing.Problems.problem;
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

    /** survey-service's name in {@code processed_event} (VisitEventsConsumer). */
    private static final String CONSUMER = "survey-service";

    @Inject
    AgroalDataSource database;

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
            List<ReceivedEvent> created = reader.await(e -> visitId.equals(e.subject()), 1, Duration.ofSeconds(15));
            assertThat(created.get(0).type()).isEqualTo("id.go.mpp.survey.invitation-created.v1");
            assertThat(created.get(0).key()).isEqualTo(invitationOf(visitId));
            assertThat(reader.drain(e -> visitId.equals(e.subject()), Duration.ofSeconds(1))).hasSize(1);
        }
        assertThat(invitationsFor(visitId)).isEqualTo(1);
    }

    @Test
    void aVisitThatWasNotServedInvitesNobody() {
        String visitId = UUID.randomUUID().toString();
        String eventId = queueService.publish(completed(visitId, "NOT_SERVED", DemoUsers.CITIZEN.accountId()));

        // The consumer records the event in the same transaction as its effect: once recorded, it has been handled.
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(eventId));
        assertThat(invitationsFor(visitId)).isZero();
    }

    @Test
    void anInvitationPastItsExpiryIsRefusedWithA410AndCanStillBeAnsweredBeforeIt() throws Exception {
        String visitId = UUID.randomUUID().toString();
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        queueService.publish(completed(visitId, "SERVED", DemoUsers.CITIZEN.accountId(), completedAt));
        await().atMost(Duration.ofSeconds(20)).until(() -> invitationsFor(visitId) == 1);
        String invitationId = invitationOf(visitId);
        Instant expiresAt = completedAt.plus(Duration.ofDays(7));
        as(DemoUsers.CITIZEN).get("/invitations/mine").then()
                .body("find { it.id == '" + invitationId + "' }.expiresAt", equalTo(expiresAt.toString()));

        at(expiresAt.plusSeconds(1));
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body(answers(4))
                .post("/invitations/" + invitationId + "/response")
                .then().spec(problem(410))
                .body("code", equalTo("invitation-expired"))
                .body("detail", equalTo("The survey invitation has expired (" + expiresAt + ")"));
        assertThat(responsesTo(invitationId)).isZero();

        at(expiresAt);
        as(DemoUsers.CITIZEN).body(answers(4)).post("/invitations/" + invitationId + "/response")
                .then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
        assertThat(responsesTo(invitationId)).isEqualTo(1);
    }

    @Test
    void twoAnswersSentAtOnceGiveOneSuccessAndOne409NeverA500() throws Exception {
        String citizen = DemoUsers.CITIZEN.accountId();
        String token = DemoUsers.CITIZEN.token();
        ExecutorService twoPhones = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String visitId = UUID.randomUUID().toString();
                queueService.publish(completed(visitId, "SERVED", citizen));
                await().atMost(Duration.ofSeconds(20)).until(() -> invitationsFor(visitId) == 1);
                String invitationId = invitationOf(visitId);

                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Response>> sent = new ArrayList<>();
                for (int phone = 0; phone < 2; phone++) {
                    int value = phone + 3;
                    sent.add(CompletableFuture.supplyAsync(() -> {
                        awaitTogether(together);
                        return given().auth().oauth2(token).contentType("application/json")
                                .header("Accept-Language", "en").body(answers(value))
                                .post("/invitations/" + invitationId + "/response");
                    }, twoPhones));
                }
                List<Response> answered = new ArrayList<>();
                for (CompletableFuture<Response> response : sent) {
                    answered.add(response.get(30, TimeUnit.SECONDS));
                }

                assertThat(answered).extracting(Response::statusCode).as("round %d", round)
                        .containsExactlyInAnyOrder(200, 409);
                Response refused = answered.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.jsonPath().getString("code")).isEqualTo("invitation-not-open");
                assertThat(refused.jsonPath().getString("detail")).isEqualTo("This survey is already answered (ANSWERED)");
                assertThat(responsesTo(invitationId)).as("round %d", round).isEqualTo(1);
            }
        } finally {
            twoPhones.shutdownNow();
        }
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
                .body("detail", equalTo("This survey is already answered (ANSWERED)"));
    }

    @Test
    void anAnswerOutsideTheScaleIs400NamingTheAnswer() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en")
                .body("{\"answers\": [{\"unsur\": 1, \"value\": 5}]}")
                .post("/invitations/" + UUID.randomUUID() + "/response")
                .then().spec(problem(400))
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
                .then().spec(problem(400));
    }

    @Test
    void invitationsNeedATokenAndTheCitizenRole() {
        given().when().get("/invitations/mine").then().statusCode(401);
        as(DemoUsers.IMIGRASI_OFFICER).get("/invitations/mine").then().statusCode(403);
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    private static void awaitTogether(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String invitationOf(String visitId) {
        return as(DemoUsers.CITIZEN).get("/invitations/mine").then().statusCode(200)
                .extract().path("find { it.visitId == '" + visitId + "' }.id");
    }

    private boolean processed(String eventId) throws SQLException {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", CONSUMER,
                eventId) == 1;
    }

    private long responsesTo(String invitationId) throws SQLException {
        return count("select count(*) from survey_response where invitation_id = cast(? as uuid)", invitationId);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long invitationsFor(String visitId) {
        List<String> visits = as(DemoUsers.CITIZEN).get("/invitations/mine").then().statusCode(200)
                .extract().jsonPath().getList("visitId", String.class);
        return visits.stream().filter(visitId::equals).count();
    }

    private static TicketCompleted completed(String visitId, String outcome, String citizenId) {
        return completed(visitId, outcome, citizenId, Instant.now());
    }

    private static TicketCompleted completed(String visitId, String outcome, String citizenId, Instant completedAt) {
        return new TicketCompleted(visitId, UUID.randomUUID().toString(), "IMI-A-007", "kota-jambi", "imigrasi",
                "paspor-baru", "IMI-1", citizenId, outcome, completedAt, 300, 600, null, null);
    }

    private static String answers(int value) {
        return IntStream.rangeClosed(1, 9).mapToObj(u -> Map.of("unsur", u, "value", value))
                .map(m -> "{\"unsur\": " + m.get("unsur") + ", \"value\": " + m.get("value") + "}")
                .collect(Collectors.joining(",", "{\"answers\": [", "]}"));
    }
}
