package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class ComplaintResourceTests {

    @Test
    void visitsAreLearntFromQueueEventsAndAComplaintCanReferToOne() {
        String visitId = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        String citizen = DemoUsers.CITIZEN.accountId();
        try (EventPublisher queue = new EventPublisher(KafkaTestResource.broker().bootstrapServers())) {
            queue.publish(new TicketIssued(visitId, ticketId, "DUK-A-004", "kota-jambi", "dukcapil", "ktp-el", citizen,
                    "WALK_IN", null, LocalDate.now(), Instant.now()));
            queue.publish(new TicketCompleted(visitId, ticketId, "DUK-A-004", "kota-jambi", "dukcapil", "ktp-el",
                    "DUK-1", citizen, "NOT_SERVED", Instant.now(), 900, 120));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUsers.CITIZEN).get("/visits/mine")
                .then().statusCode(200)
                .body("find { it.visitId == '" + visitId + "' }.status", equalTo("COMPLETED")));

        String trackingId = as(DemoUsers.CITIZEN)
                .body("{\"category\": \"PENGADUAN\", \"description\": \"Blanko KTP habis sejak seminggu\", "
                        + "\"mppCode\": \"kota-jambi\", \"visitId\": \"" + visitId + "\", \"anonymous\": true}")
                .post("/complaints")
                .then().statusCode(201)
                .body("trackingId", matchesPattern("ADU-\\d{8}-[0-9A-Z]{8}"))
                .body("agencyCode", equalTo("dukcapil"))
                .body("status", equalTo("SUBMITTED"))
                .extract().path("trackingId");
        as(DemoUsers.CITIZEN).get("/complaints/" + trackingId).then().statusCode(200)
                .body("anonymous", equalTo(true))
                .body("visitId", equalTo(visitId));
    }

    @Test
    void aComplaintAboutSomeoneElsesOrAnUnknownVisitIs400NamingVisitId() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en")
                .body("{\"category\": \"PENGADUAN\", \"description\": \"x\", \"mppCode\": \"kota-jambi\", "
                        + "\"visitId\": \"" + UUID.randomUUID() + "\"}")
                .post("/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("visitId"))
                .body("errors[0].message", equalTo("this visit is not one of your visits"));
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\"}").post("/complaints")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("category", "description"));
    }

    @Test
    void anOversizedDescriptionAndAnUnknownCategoryAre400() {
        String longText = "a".repeat(4001);
        as(DemoUsers.CITIZEN).body("{\"category\": \"PENGADUAN\", \"description\": \"" + longText + "\", \"mppCode\": \"kota-jambi\"}")
                .post("/complaints").then().statusCode(400).body("errors[0].field", equalTo("description"));
        as(DemoUsers.CITIZEN).body("{\"category\": \"GOSSIP\", \"description\": \"x\", \"mppCode\": \"kota-jambi\"}")
                .post("/complaints").then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void badJsonIs400() {
        as(DemoUsers.CITIZEN).body("{\"category\": ").post("/complaints")
                .then().statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void complaintsNeedATokenAndTheCitizenRole() {
        given().contentType("application/json").body("{}").when().post("/complaints").then().statusCode(401);
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"category\": \"PENGADUAN\", \"description\": \"x\", \"mppCode\": \"kota-jambi\"}")
                .post("/complaints").then().statusCode(403);
    }

    @Test
    void anUnknownOrMalformedTrackingIdIs404() {
        as(DemoUsers.CITIZEN).get("/complaints/ADU-20261123-7KQ4XMA9").then().statusCode(404)
                .body("code", equalTo("complaint-not-found"));
        as(DemoUsers.CITIZEN).get("/complaints/not-an-id").then().statusCode(404);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Sinergi complaint-service"));
    }
}
