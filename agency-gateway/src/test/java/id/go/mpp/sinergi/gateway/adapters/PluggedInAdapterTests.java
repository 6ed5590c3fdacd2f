package id.go.mpp.sinergi.gateway.adapters;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
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
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A fourth agency, BPJS Kesehatan, plugged in from a module of its own (agency-adapter-bpjs-kesehatan-example, on the
 * test class path only) and switched on by configuration: it reacts to tickets of its services through the same
 * persisted requests, and a request that keeps failing lands in the dead-letter list the MPP admin retries.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
@QuarkusTestResource(AgencyStandIns.class)
class PluggedInAdapterTests {

    @AfterEach
    void deskAnswersAgain() {
        AgencyStandIns.BPJS_STATUS.set(200);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static String ticketAtBpjs() {
        String visit = "visit-" + UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new TicketIssued(visit, UUID.randomUUID().toString(), "BPJ-A-001", "kota-jambi",
                    "bpjs-kesehatan", "kepesertaan-baru", null, "WALK_IN", false, LocalDate.now(), Instant.now()));
        }
        return visit;
    }

    @Test
    void theFourthAdapterIsListedWithWhatItReactsTo() {
        as(DemoUsers.MPP_ADMIN).get("/api/v1/adapters").then().statusCode(200)
                .body("find { it.agencyCode == 'bpjs-kesehatan' }.enabled", equalTo(true))
                .body("find { it.agencyCode == 'bpjs-kesehatan' }.reactsTo", hasItem("id.go.mpp.queue.ticket-issued.v1"))
                .body("find { it.agencyCode == 'dukcapil' }.operations", hasItem("verify-identity"));
        as(DemoUsers.IMIGRASI_ADMIN).get("/api/v1/adapters").then().statusCode(403);
    }

    @Test
    void aTicketAtBpjsIsCheckedAtItsSystemAndTheAnswerIsPublished() {
        try (TopicReader reader = TopicReader.fromBeginning(bootstrap(), Topics.AGENCY_EXCHANGES)) {
            String visit = ticketAtBpjs();
            List<ReceivedEvent> events = reader.await(e -> visit.equals(e.key()), 1, Duration.ofSeconds(30));
            assertThat(events.get(0).headers()).containsEntry("ce_type", "id.go.mpp.agency.check-completed.v1");
            assertThat(events.get(0).json().path("attributes").path("deskStatus").asText()).isEqualTo("BUKA");
            assertThat(events.get(0).json().path("agencyCode").asText()).isEqualTo("bpjs-kesehatan");
        }
    }

    @Test
    void aRequestThatKeepsFailingIsDeadLetteredAndTheAdminRetriesIt() {
        AgencyStandIns.BPJS_STATUS.set(503);
        String visit = ticketAtBpjs();

        String request = await().atMost(Duration.ofSeconds(30)).until(() -> as(DemoUsers.MPP_ADMIN)
                .get("/api/v1/adapters/dead-letters?agency=bpjs-kesehatan").then().statusCode(200).extract()
                .<String>path("find { it.subjectId == '" + visit + "' }.requestId"), id -> id != null);
        as(DemoUsers.MPP_ADMIN).get("/api/v1/adapters/dead-letters").then()
                .body("find { it.requestId == '" + request + "' }.attempts", equalTo(2))
                .body("find { it.requestId == '" + request + "' }.lastError", org.hamcrest.Matchers.containsString("503"));
        as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/adapters/dead-letters/" + request + "/retry").then()
                .statusCode(403);

        AgencyStandIns.BPJS_STATUS.set(200);
        try (TopicReader reader = TopicReader.fromBeginning(bootstrap(), Topics.AGENCY_EXCHANGES)) {
            as(DemoUsers.MPP_ADMIN).post("/api/v1/adapters/dead-letters/" + request + "/retry").then()
                    .statusCode(200).body("status", equalTo("PENDING"));
            reader.await(e -> visit.equals(e.key()), 1, Duration.ofSeconds(30));
        }
        as(DemoUsers.MPP_ADMIN).post("/api/v1/adapters/dead-letters/" + request + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
        as(DemoUsers.MPP_ADMIN).post("/api/v1/adapters/dead-letters/" + UUID.randomUUID() + "/discard").then()
                .statusCode(404);
    }
}
