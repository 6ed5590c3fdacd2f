package id.go.mpp.sinergi.gateway.adapters;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.notification.ReplyRequested;
import id.go.mpp.sinergi.events.queue.BookingCreated;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketTurnNear;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
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
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The agencies' systems (stand-ins in this JVM, each speaking its own format) along a visit, through the gateway:
 * SIMKIM gets an application for a served passport step and calls back when the passport is ready, which the
 * visitor is told on WhatsApp; OSS checks a NIB and reports licence changes; bookings are reminded the day before;
 * complaint replies reach the reporter.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
@QuarkusTestResource(AgencyStandIns.class)
class AgencyJourneyTests {

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static RequestSpecification kiosk() {
        return given().auth().oauth2(KeycloakServer.shared().clientToken("kiosk-kota-jambi", "kiosk-dev-secret"))
                .contentType("application/json").when();
    }

    /** What the messaging provider (stand-in) sent to a number. */
    private static String sentTo(String number) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(AgencyStandIns.standIns()
                        .messagingUrl() + "/messaging/v1/messages?to=" + number.replace("+", "%2B")))
                .header("Authorization", "Bearer messaging-dev").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String walkIn(String agency, String service) {
        String visit = UUID.randomUUID().toString(); // as queue-service makes them
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new TicketIssued(visit, "ticket-" + UUID.randomUUID(), "IMI-A-007", "kota-jambi", agency,
                    service, null, "WALK_IN", false, LocalDate.now(), Instant.now()));
        }
        return visit;
    }

    @Test
    void aServedPassportStepBecomesASimkimApplicationAndTheVisitorIsToldWhenThePassportIsReady() throws Exception {
        String visit = walkIn("imigrasi", "paspor-baru");
        String phone = "+62812" + (10000000 + (int) (Math.random() * 89999999));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> kiosk()
                .body("{\"phone\": \"" + phone.replace("+62", "0") + "\", \"consent\": true}")
                .put("/api/v1/visits/" + visit + "/notification-contact").then().statusCode(204));

        String ticket = "ticket-" + UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new TicketCompleted(visit, ticket, "IMI-A-007", "kota-jambi",
                    "imigrasi", "paspor-baru", "IMI-1", null, "SERVED", Instant.now(), 600, 900, null,
                    LocalDate.now()));
        }
        String application = await().atMost(Duration.ofSeconds(30)).until(() -> as(DemoUsers.IMIGRASI_OFFICER)
                .get("/api/v1/visits/" + visit + "/applications").then().statusCode(200)
                .body("[0].system", equalTo("SIMKIM")).body("[0].status", equalTo("DITERIMA"))
                .extract().<String>path("[0].applicationNumber"), number -> number != null);

        // SIMKIM calls back when the passport is ready, signed with the shared secret
        String reference = "simkim:" + visit + ":" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)), 0, 8);
        String callback = "<statusPermohonan><noPermohonan>" + application + "</noPermohonan><noReferensi>"
                + reference + "</noReferensi><status>SIAP_DIAMBIL</status><waktu>" + Instant.now()
                + "</waktu></statusPermohonan>";
        given().contentType("application/xml").header("X-Simkim-Signature", "sha256=" + hmac("simkim-callback-dev",
                        callback + " ")).body(callback).post("/api/v1/agency-callbacks/imigrasi")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/xml").header("X-Simkim-Signature", "sha256=" + hmac("simkim-callback-dev",
                        callback)).body(callback).post("/api/v1/agency-callbacks/imigrasi")
                .then().statusCode(200);
        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/visits/" + visit + "/applications").then()
                .body("[0].status", equalTo("SIAP_DIAMBIL")).body("[0].ready", equalTo(true));
        // the callback is in the message log of the MPP the application was made at, for its admin to find
        as(DemoUsers.MPP_ADMIN).get("/api/v1/message-log?direction=IN&subject=" + application).then().statusCode(200)
                .body("items[0].mppCode", equalTo("kota-jambi")).body("items[0].agencyCode", equalTo("imigrasi"))
                .body("items[0].outcome", equalTo("ACCEPTED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(sentTo(phone)).contains("sudah siap diambil"));
        // dukcapil is no agency of this passport visit
        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/visits/" + visit + "/applications").then().statusCode(404);
    }

    @Test
    void aNibIsCheckedAtOssOnceAndALicenceChangeIsPublished() throws Exception {
        String visit = walkIn("dpmptsp", "nib-baru");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> kiosk().body("{\"nib\": \"9120001234561\"}")
                .post("/api/v1/visits/" + visit + "/business-checks").then().statusCode(202)
                .body("status", equalTo("PENDING")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> kiosk()
                .get("/api/v1/visits/" + visit + "/business-check").then().statusCode(200)
                .body("status", equalTo("VALID")).body("nibStatus", equalTo("AKTIF"))
                .body("licences.I-202401150001", equalTo("TERBIT")));
        kiosk().body("{\"nib\": \"9120001234561\"}").post("/api/v1/visits/" + visit + "/business-checks")
                .then().statusCode(200);
        kiosk().body("{\"nib\": \"91200\"}").post("/api/v1/visits/" + visit + "/business-checks")
                .then().statusCode(400).body("errors.field", hasItem("nib"));

        try (TopicReader reader = TopicReader.fromBeginning(bootstrap(), Topics.AGENCY_EXCHANGES)) {
            // OSS's webhook, signed as OSS signs it
            String webhook = "{\"nib\":\"9120001234561\",\"id_izin\":\"I-202401150001\",\"status_izin\":\"DICABUT\","
                    + "\"waktu\":\"" + Instant.now() + "\"}";
            given().contentType("application/json").header("X-OSS-Signature", "sha256=" + hmac("oss-webhook-dev",
                    webhook)).body(webhook).post("/api/v1/agency-callbacks/dpmptsp").then().statusCode(200);
            List<ReceivedEvent> changed = reader.await(e -> "9120001234561".equals(e.key())
                    && "id.go.mpp.agency.licence-status-changed.v1".equals(e.type()), 1, Duration.ofSeconds(30));
            assertThat(changed.get(0).json().path("status").asText()).isEqualTo("DICABUT");
        }
    }

    @Test
    void aCitizenWithANumberIsRemindedOfTomorrowsBookingOnce() throws Exception {
        String phone = "+62813" + (10000000 + (int) (Math.random() * 89999999));
        as(DemoUsers.CITIZEN).body("{\"phone\": \"" + phone + "\", \"consent\": true, \"language\": \"en\"}")
                .put("/api/v1/me/notification-contact").then().statusCode(204);
        String code = "BK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            Instant slot = Instant.now().plus(Duration.ofHours(20));
            publisher.publish(new BookingCreated("visit-" + UUID.randomUUID(), "booking-" + UUID.randomUUID(), code,
                    "kota-jambi", "imigrasi", "paspor-baru", DemoUsers.CITIZEN.accountId(), LocalDate.now(), slot,
                    slot.plus(Duration.ofMinutes(30)), Instant.now().plus(Duration.ofHours(1)), Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sentTo(phone))
                .contains("Reminder: your booking " + code));
        Thread.sleep(2500); // a few more sweeps
        assertThat(sentTo(phone).split("\"messageId\"", -1)).as("reminded once").hasSize(2);

        as(DemoUsers.CITIZEN).delete("/api/v1/me/notification-contact").then().statusCode(204);
        as(DemoUsers.CITIZEN).delete("/api/v1/me/notification-contact").then().statusCode(404);
    }

    @Test
    void aWalkInWhoGaveANumberIsToldWhenTheirTurnIsNear() throws Exception {
        String visit = walkIn("imigrasi", "paspor-baru");
        String phone = "+62815" + (10000000 + (int) (Math.random() * 89999999));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> kiosk()
                .body("{\"phone\": \"" + phone + "\", \"consent\": true}")
                .put("/api/v1/visits/" + visit + "/notification-contact").then().statusCode(204));
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new TicketTurnNear(visit, "ticket-" + UUID.randomUUID(), "IMI-A-007", "kota-jambi",
                    "imigrasi", "paspor-baru", null, 2, 8, "PLACES", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sentTo(phone))
                .contains("Tiket IMI-A-007: giliran Anda sudah dekat (2 antrean lagi, sekitar 8 menit)"));
    }

    @Test
    void aReplyToAWhatsAppReporterReachesTheirNumber() throws Exception {
        String phone = "+62814" + (10000000 + (int) (Math.random() * 89999999));
        try (EventPublisher publisher = new EventPublisher(bootstrap())) {
            publisher.publish(new ReplyRequested(UUID.randomUUID().toString(), "ADU-20261206-7KQ4XMA9", "WHATSAPP",
                    phone, "wamid.1", "id", "Pengaduan Anda sudah kami terima.", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(sentTo(phone)).contains("Pengaduan Anda sudah kami terima."));
    }

    @Test
    void aNumberThatIsNoMobileNumberOrNoConsentIsRefused() {
        String visit = walkIn("imigrasi", "paspor-baru");
        kiosk().header("Accept-Language", "en").body("{\"phone\": \"12345\", \"consent\": false}")
                .put("/api/v1/visits/" + visit + "/notification-contact").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("phone")).body("errors.field", hasItem("consent"));
    }
}
