package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.complaint.app.intake.TrackingIdDraws;
import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
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
                    "WALK_IN", false, LocalDate.now(), Instant.now()));
            queue.publish(new TicketCompleted(visitId, ticketId, "DUK-A-004", "kota-jambi", "dukcapil", "ktp-el",
                    "DUK-1", citizen, "NOT_SERVED", Instant.now(), 900, 120, null, null));
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
    void aTrackingIdAlreadyTakenIsDrawnAgainAndTheComplaintFiledUnderTheNextOne() {
        // 17:30 UTC on 22 November is already 23 November in Kota Jambi (WIB): the id carries the local day.
        Instant filedAt = Instant.parse("2026-11-22T17:30:00Z");
        QuarkusMock.installMockForType(Clock.fixed(filedAt, ZoneOffset.UTC), Clock.class);
        LocalDate jambiDay = LocalDate.of(2026, 11, 23);
        String taken = TrackingIds.next(jambiDay);
        String next = TrackingIds.next(jambiDay);
        ScriptedDraws draws = new ScriptedDraws(taken, taken, next);
        QuarkusMock.installMockForType(draws, TrackingIdDraws.class);

        file("Antrean loket Dukcapil tidak bergerak").then().statusCode(201)
                .body("trackingId", equalTo(taken))
                .body("submittedAt", equalTo(filedAt.toString()));
        file("Formulir tidak tersedia").then().statusCode(201)
                .header("Location", endsWith("/complaints/" + next))
                .body("trackingId", equalTo(next));

        assertThat(draws.days).containsOnly(jambiDay);
        as(DemoUsers.CITIZEN).get("/complaints/" + taken).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(DemoUsers.CITIZEN).get("/complaints/" + next).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aComplaintAboutSomeoneElsesOrAnUnknownVisitIs422NamingVisitId() {
        as(DemoUsers.CITIZEN).header("Accept-Language", "en")
                .body("{\"category\": \"PENGADUAN\", \"description\": \"x\", \"mppCode\": \"kota-jambi\", "
                        + "\"visitId\": \"" + UUID.randomUUID() + "\"}")
                .post("/complaints")
                .then().spec(problem(422))
                .body("errors[0].field", equalTo("visitId"))
                .body("errors[0].message", equalTo("this visit is unknown or not yours"));
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\"}").post("/complaints")
                .then().spec(problem(400))
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
    void visitorsWithoutATokenMayFileButStaffFileAtTheDesk() {
        given().contentType("application/json").body("{}").when().post("/complaints").then().spec(problem(400));
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"category\": \"PENGADUAN\", \"description\": \"x\", \"mppCode\": \"kota-jambi\"}")
                .post("/complaints").then().statusCode(403);
    }

    @Test
    void anUnknownOrMalformedTrackingIdIs404() {
        as(DemoUsers.CITIZEN).get("/complaints/ADU-20261123-7KQ4XMA9").then().statusCode(404)
                .body("code", equalTo("complaint-not-found"));
        as(DemoUsers.CITIZEN).get("/complaints/not-an-id").then().statusCode(404);
    }

    private static io.restassured.response.Response file(String description) {
        return as(DemoUsers.CITIZEN).body("{\"category\": \"PENGADUAN\", \"description\": \"" + description
                + "\", \"mppCode\": \"kota-jambi\", \"agencyCode\": \"dukcapil\"}").post("/complaints");
    }

    /** Hands out the given tracking ids in order, as if the random draw had produced them. */
    static class ScriptedDraws extends TrackingIdDraws {
        private final Deque<String> ids;
        final List<LocalDate> days = new ArrayList<>();

        ScriptedDraws(String... ids) {
            this.ids = new ArrayDeque<>(List.of(ids));
        }

        @Override
        public synchronized String next(LocalDate day) {
            days.add(day);
            return ids.removeFirst();
        }
    }

    @Test
    void healthAndOpenApiAreServedOnTheManagementInterface() {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(management).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().port(management).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Sinergi complaint-service"));
    }
}
