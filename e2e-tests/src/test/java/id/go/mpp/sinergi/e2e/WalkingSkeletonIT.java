package id.go.mpp.sinergi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.go.mpp.sinergi.events.AsyncApiDocument;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.RepoPaths;
import id.go.mpp.sinergi.testing.TopicReader;
import io.restassured.RestAssured;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * The walking skeleton through the public gateway with real Keycloak tokens, Kafka and PostgreSQL: a
 * citizen takes a ticket, an officer calls and completes it, survey-service invites the citizen exactly
 * once (even when the completion is delivered twice), and complaint-service knows the visit.
 */
class WalkingSkeletonIT {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.shared();
        RestAssured.baseURI = platform.gateway.url();
    }

    @Test
    void aCitizensVisitFlowsFromTicketToSurveyInvitationThroughTheGateway() throws Exception {
        given().when().get("/api/v1/services?mpp=kota-jambi")
                .then().statusCode(200).body("code", hasItem("paspor-baru"));

        var issued = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\"}")
                .post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://127\\.0\\.0\\.1:\\d+/api/v1/tickets/[0-9a-f-]{36}"))
                .body("number", matchesPattern("IMI-A-\\d{3}"))
                .body("status", equalTo("WAITING"))
                .extract();
        String ticketId = issued.path("id");
        String visitId = issued.path("visitId");

        as(DemoUsers.CITIZEN).body("{\"counterCode\": \"IMI-1\"}").post("/api/v1/tickets/" + ticketId + "/call")
                .then().statusCode(403);
        as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/counters/kota-jambi/IMI-1/open").then().statusCode(200);
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"counterCode\": \"IMI-1\"}").post("/api/v1/tickets/" + ticketId + "/call")
                .then().statusCode(200).body("status", equalTo("CALLED"));
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"outcome\": \"SERVED\"}").post("/api/v1/tickets/" + ticketId + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        as(DemoUsers.CITIZEN).get("/api/v1/tickets/" + ticketId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(DemoUsers.CITIZEN)
                .get("/api/v1/me/survey-invitations").then().statusCode(200)
                .body("visitId", hasItem(visitId)));

        // Deliver the completion a second time, exactly as Kafka may redeliver it (same CloudEvent id).
        ReceivedEvent completion;
        try (TopicReader reader = TopicReader.fromBeginning(platform.kafka, Topics.QUEUE_VISITS)) {
            completion = reader.await(e -> ticketId.equals(e.subject())
                    && "id.go.mpp.queue.ticket-completed.v1".equals(e.type()), 1, Duration.ofSeconds(10)).get(0);
        }
        try (EventPublisher redelivery = new EventPublisher(platform.kafka)) {
            redelivery.publishRaw(completion.topic(), completion.key(), completion.data(), completion.headers());
        }
        platform.awaitConsumed("survey-service", Topics.QUEUE_VISITS);
        List<String> invitedVisits = as(DemoUsers.CITIZEN).get("/api/v1/me/survey-invitations")
                .then().statusCode(200).extract().jsonPath().getList("visitId", String.class);
        assertThat(invitedVisits.stream().filter(visitId::equals)).as("invitations for the visit").hasSize(1);

        // complaint-service learnt the visit from the same events and accepts a complaint about it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(DemoUsers.CITIZEN).get("/api/v1/me/visits")
                .then().statusCode(200)
                .body("find { it.visitId == '" + visitId + "' }.outcome", equalTo("SERVED")));
        as(DemoUsers.CITIZEN).body("{\"category\": \"ASPIRASI\", \"description\": \"Antrean cepat, terima kasih\", "
                        + "\"mppCode\": \"kota-jambi\", \"visitId\": \"" + visitId + "\"}")
                .post("/api/v1/complaints")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/complaints/ADU-\\d{8}-[0-9A-Z]{8}"))
                .body("agencyCode", equalTo("imigrasi"));

        // The gateway recorded who changed what (no request bodies).
        List<String> audit = platform.auditActions(DemoUsers.CITIZEN.accountId());
        assertThat(audit).contains("ticket.issue 201 tickets", "complaint.file 201 complaints");
        assertThat(platform.auditActions(DemoUsers.IMIGRASI_OFFICER.accountId()))
                .contains("ticket.call 200 tickets/" + ticketId, "ticket.complete 200 tickets/" + ticketId);
    }

    @Test
    void ticketEventsOnTheTopicAreValidCloudEventsKeyedByVisit() {
        var issued = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"ktp-el\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract();
        String ticketId = issued.path("id");
        String visitId = issued.path("visitId");
        as(DemoUsers.DUKCAPIL_OFFICER).post("/api/v1/counters/kota-jambi/DUK-2/open").then().statusCode(200);
        as(DemoUsers.DUKCAPIL_OFFICER).body("{\"counterCode\": \"DUK-2\"}").post("/api/v1/tickets/" + ticketId + "/call")
                .then().statusCode(200);

        try (TopicReader reader = TopicReader.fromBeginning(platform.kafka, Topics.QUEUE_VISITS)) {
            // "your turn is near" may come between them (its own test is in queue-service)
            List<ReceivedEvent> events = reader.await(e -> ticketId.equals(e.subject())
                    && !"id.go.mpp.queue.ticket-turn-near.v1".equals(e.type()), 2, Duration.ofSeconds(15));
            assertThat(events).extracting(ReceivedEvent::type)
                    .containsExactly("id.go.mpp.queue.ticket-issued.v1", "id.go.mpp.queue.ticket-called.v1");
            Set<String> ids = new HashSet<>();
            for (ReceivedEvent event : events) {
                assertThat(event.specVersion()).isEqualTo("1.0");
                assertThat(event.id()).isNotBlank();
                ids.add(event.id());
                assertThat(event.source()).isEqualTo("/sinergi/queue-service");
                assertThat(event.subject()).isEqualTo(ticketId);
                assertThat(event.key()).isEqualTo(visitId);
                assertThat(event.contentType()).isEqualTo("application/json");
                Instant time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(event.time(), Instant::from);
                assertThat(time).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
                assertThat(event.json().get("ticketId").asText()).isEqualTo(ticketId);
            }
            assertThat(ids).hasSize(2);
        }
    }

    @Test
    void badInputThroughTheGatewayIsA400ProblemNamingTheField() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en").body("{\"mppCode\": \"kota-jambi\"}")
                .post("/api/v1/tickets")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("serviceCode"))
                .body("instance", equalTo("/api/v1/tickets"));
        as(DemoUsers.CITIZEN).body("{\"mppCode\": ").post("/api/v1/tickets")
                .then().spec(problem(400))
                .body("title", equalTo("Format permintaan salah"));
        given().contentType("application/json").body("{}").when().post("/api/v1/tickets").then().statusCode(401);
    }

    @Test
    void theAsyncApiDocumentListsEveryTopicAndMessageTheServicesUse() throws Exception {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(AsyncApiDocument.yaml());
        Set<String> documentedTopics = new HashSet<>();
        asyncApi.path("channels").forEach(channel -> documentedTopics.add(channel.path("address").asText()));
        Set<String> documentedMessages = new HashSet<>();
        asyncApi.path("components").path("messages").forEach(m -> documentedMessages.add(m.path("name").asText()));

        // Topics the services subscribe to, from their configuration.
        for (String module : List.of("queue-service", "complaint-service", "survey-service", "agency-gateway")) {
            Properties config = new Properties();
            try (InputStream in = Files.newInputStream(RepoPaths.root().resolve(module)
                    .resolve("src/main/resources/application.properties"))) {
                config.load(in);
            }
            for (String key : config.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    assertThat(documentedTopics).as("%s %s", module, key).contains(config.getProperty(key));
                }
            }
        }

        // Topics and event types actually on the broker after the platform ran.
        as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"nib\"}").post("/api/v1/tickets")
                .then().statusCode(201);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka));
             TopicReader reader = TopicReader.fromBeginning(platform.kafka, Topics.ALL.toArray(String[]::new))) {
            Set<String> used = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            used.stream().filter(t -> t.startsWith("sinergi."))
                    .forEach(topic -> assertThat(documentedTopics).as("topic on the broker").contains(topic));
            List<ReceivedEvent> events = reader.drain(e -> true, Duration.ofSeconds(3));
            assertThat(events).isNotEmpty();
            events.forEach(e -> assertThat(documentedMessages).as("message type on %s", e.topic()).contains(e.type()));
        }
    }

    /** Waits until the consumer group has committed past everything now on the topic. */
}
