package id.go.mpp.sinergi.gateway.adapters;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Identity verification at Dukcapil (its stand-in, in this JVM) through the gateway: consent and the NIK's
 * structure first, the request persisted and sent by the dispatcher, the outcome seen once-only by every agency of
 * the visit and by no other, nothing lost while Dukcapil is down.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
@QuarkusTestResource(AgencyStandIns.class)
class IdentityVerificationTests {

    private static final String BUDI = """
            {"nik": "1571011708850001", "fullName": "Budi Santoso", "birthDate": "1985-08-17", "birthPlace": "Jambi",
             "consent": true}""";

    @AfterEach
    void dukcapilBackUp() {
        AgencyStandIns.standIns().setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static RequestSpecification kiosk() {
        return given().auth().oauth2(KeycloakServer.shared().clientToken("kiosk-kota-jambi", "kiosk-dev-secret"))
                .contentType("application/json").when();
    }

    private static RequestSpecification agencySystem(String client, String secret) {
        return given().auth().oauth2(KeycloakServer.shared().clientToken(client, secret)).when();
    }

    /** A walk-in visit at imigrasi that moves on to dpmptsp, as queue-service announces it. */
    private static String passportThenLicenceVisit() {
        String visit = UUID.randomUUID().toString(); // as queue-service makes them
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Instant now = Instant.now();
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new TicketIssued(visit, first, "IMI-A-001", "kota-jambi", "imigrasi", "paspor-baru", null,
                    "WALK_IN", false, LocalDate.now(), now));
            publisher.publish(new TicketTransferred(visit, first, "IMI-A-001", "imigrasi", "paspor-baru", "IMI-1", second,
                    "DPM-A-001", "dpmptsp", "nib-baru", "kota-jambi", null, "officer", null, now, now, null,
                    LocalDate.now()));
        }
        return visit;
    }

    private static void awaitStatus(String visit, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/visits/" + visit + "/identity-verification")
                        .then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aWalkInVerifiedAtTheKioskIsVerifiedForEveryAgencyOfTheVisitAndForNoOther() {
        String visit = passportThenLicenceVisit();

        kiosk().body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(202).body("status", equalTo("PENDING"))
                .body("consentScope", equalTo("VISIT"));
        awaitStatus(visit, "VERIFIED");

        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/visits/" + visit + "/identity-verification").then()
                .body("elements.NAMA_LGKP", equalTo("SESUAI")).body("elements.TGL_LHR", equalTo("SESUAI"))
                .body("scores.NAMA_LGKP", equalTo(100)).body("requestedBy", equalTo("KIOSK"));
        // dpmptsp's system, at the next step of the same visit, sees it without asking Dukcapil again
        String seenByDpmptsp = agencySystem("agency-oss", "oss-dev-secret")
                .get("/api/v1/visits/" + visit + "/identity-verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).extract().asString();
        assertThat(seenByDpmptsp).doesNotContain("1571011708850001").doesNotContain("Budi");
        // dukcapil's own officer and admin are not an agency of this visit
        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/visits/" + visit + "/identity-verification")
                .then().statusCode(404);
        as(DemoUsers.DUKCAPIL_ADMIN).get("/api/v1/visits/" + visit + "/identity-verification")
                .then().statusCode(404);
    }

    @Test
    void anOfficerOfTheNextStepIsNotAskedToVerifyAgain() {
        String visit = passportThenLicenceVisit();
        String first = kiosk().body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(202).extract().path("verificationId");
        awaitStatus(visit, "VERIFIED");
        long answered = AgencyStandIns.standIns().stats(StandIns.DUKCAPIL).getOrDefault("verificationsAnswered", 0L);

        as(DemoUsers.IMIGRASI_OFFICER).body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(200).body("verificationId", equalTo(first)).body("status", equalTo("VERIFIED"));

        assertThat(AgencyStandIns.standIns().stats(StandIns.DUKCAPIL).getOrDefault("verificationsAnswered", 0L))
                .as("Dukcapil was not asked again").isEqualTo(answered);
    }

    @Test
    void theEventCarriesThePerElementOutcomeAndAPseudonymNeverTheNik() {
        String visit = passportThenLicenceVisit();
        try (TopicReader reader = TopicReader.fromBeginning(bootstrap(), Topics.AGENCY_EXCHANGES)) {
            kiosk().body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications").then().statusCode(202);

            // the visit's other exchanges (its SIMKIM application) share the key
            List<ReceivedEvent> events = reader.await(e -> visit.equals(e.key())
                    && "id.go.mpp.agency.identity-verified.v1".equals(e.type()), 1, Duration.ofSeconds(30));
            assertThat(events.get(0).headers()).containsEntry("ce_type", "id.go.mpp.agency.identity-verified.v1");
            assertThat(events.get(0).json().path("outcome").asText()).isEqualTo("VERIFIED");
            assertThat(events.get(0).json().path("elements").path("NAMA_LGKP").asText()).isEqualTo("SESUAI");
            assertThat(events.get(0).json().path("subjectRef").asText()).startsWith("psn-");
            assertThat(events.get(0).data())
                    .doesNotContain("1571011708850001").doesNotContain("BUDI").doesNotContain("Budi")
                    .doesNotContain("1985");
        }
    }

    @Test
    void aNameThatDoesNotMatchIsShownPerElementAndMayBeCorrected() {
        String visit = passportThenLicenceVisit();
        kiosk().body(BUDI.replace("Budi Santoso", "Bambang Suharto"))
                .post("/api/v1/visits/" + visit + "/identity-verifications").then().statusCode(202);
        awaitStatus(visit, "NOT_MATCHED");
        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/visits/" + visit + "/identity-verification").then()
                .body("elements.NAMA_LGKP", equalTo("TIDAK_SESUAI")).body("elements.TGL_LHR", equalTo("SESUAI"));

        kiosk().body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications").then().statusCode(202);
        awaitStatus(visit, "VERIFIED");
    }

    @Test
    void whileDukcapilIsDownTheVerificationIsPendingAndNothingIsLostWhenItReturns() {
        AgencyStandIns.standIns().setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE.withDown(true));
        String visit = passportThenLicenceVisit();

        kiosk().body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications").then().statusCode(202);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/visits/" + visit + "/identity-verification")
                        .then().statusCode(200).body("status", equalTo("PENDING")));
        as(DemoUsers.MPP_ADMIN).get("/api/v1/adapters").then().statusCode(200)
                .body("find { it.agencyCode == 'dukcapil' }.health", equalTo("DOWN"))
                .body("find { it.agencyCode == 'dukcapil' }.backlog", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        AgencyStandIns.standIns().setFaults(StandIns.DUKCAPIL, Faults.Settings.NONE);
        awaitStatus(visit, "VERIFIED");
    }

    @Test
    void aNikThatCannotExistOrAMissingConsentIsRefusedBeforeDukcapilIsAsked() {
        String visit = passportThenLicenceVisit();
        kiosk().header("Accept-Language", "en")
                .body(BUDI.replace("1571011708850001", "2071013208850000").replace("\"consent\": true", "\"consent\": false"))
                .post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nik")).body("errors.field", hasItem("consent"))
                .body("errors.message", hasItem("the first two digits are no province's code"));
        kiosk().body(BUDI.replace("1985-08-17", "1985-08-18"))
                .post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(400).body("errors.field", hasItem("birthDate"));
        as(DemoUsers.MPP_ADMIN).get("/api/v1/visits/" + visit + "/identity-verification").then().statusCode(404);
    }

    @Test
    void aVisitOfAnotherMallOrAnotherCitizenIsNotFound() {
        kiosk().body(BUDI).post("/api/v1/visits/visit-that-never-was/identity-verifications").then().statusCode(404);
        String visit = passportThenLicenceVisit();
        as(DemoUsers.CITIZEN).body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(404);
        RestAssured.given().contentType("application/json").body(BUDI)
                .post("/api/v1/visits/" + visit + "/identity-verifications").then().statusCode(401);
    }
}
