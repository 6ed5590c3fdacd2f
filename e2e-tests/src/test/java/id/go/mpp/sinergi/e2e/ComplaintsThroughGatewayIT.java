package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.TestUsers;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * A walk-in visitor without an account complains about the ticket they were served on, through the gateway: the MPP
 * admin verifies and dispositions it, the agency sees it and another agency does not, the agency responds and the
 * visitor confirms with the secret they were given once.
 */
class ComplaintsThroughGatewayIT {

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Platform.shared().gateway.url();
    }

    @Test
    void aWalkInVisitorsComplaintAboutTheirTicketGoesToTheAgencyAndIsConfirmedByTheVisitor() throws Exception {
        // A walk-in visitor takes a ticket at the kiosk and is served at counter IMI-2.
        String ticketId = TestUsers.as(TestUsers.kiosk())
                .body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/counters/kota-jambi/IMI-2/open").then().statusCode(200);
        try {
            as(DemoUsers.IMIGRASI_OFFICER).body("{\"counterCode\": \"IMI-2\"}")
                    .post("/api/v1/tickets/" + ticketId + "/call").then().statusCode(200);
            as(DemoUsers.IMIGRASI_OFFICER).body("{\"outcome\": \"SERVED\"}")
                    .post("/api/v1/tickets/" + ticketId + "/complete").then().statusCode(200);
        } finally {
            // An officer holds one counter: the other tests open theirs.
            as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/counters/kota-jambi/IMI-2/close");
        }

        // complaint-service has learnt the whole step (the counter that served it comes with ticket-called).
        Platform.shared().awaitConsumed("complaint-service", Topics.QUEUE_VISITS);

        // Without any account, the visitor files a complaint naming the ticket printed on their slip.
        var filed = await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType("application/json")
                .body("{\"category\": \"PENGADUAN\", \"description\": \"Petugas meminta biaya tambahan di luar tarif\", "
                        + "\"ticketId\": \"" + ticketId + "\", \"reporter\": {\"name\": \"Pengunjung\"}}")
                .post("/api/v1/complaints"), r -> r.statusCode() == 201).then()
                .body("trackingId", matchesPattern("ADU-\\d{8}-[0-9A-Z]{8}"))
                .body("agencyCode", equalTo("imigrasi"))
                .body("counterCode", equalTo("IMI-2"))
                .body("status", equalTo("SUBMITTED"))
                .body("deadline.stage", equalTo("VERIFICATION"))
                .extract();
        String id = filed.path("trackingId");
        String secret = filed.path("secret");

        // The MPP admin verifies and dispositions it to imigrasi.
        as(DemoUsers.MPP_ADMIN).body("{}").post("/api/v1/complaints/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"note\": \"Mohon ditindaklanjuti\"}")
                .post("/api/v1/complaints/" + id + "/disposition").then().statusCode(200)
                .body("status", equalTo("DISPOSITIONED"));

        // Imigrasi sees it in its inbox, without the reporter; Dukcapil sees nothing at all.
        as(DemoUsers.IMIGRASI_ADMIN).get("/api/v1/complaints").then().statusCode(200)
                .body("items.trackingId", hasItem(id));
        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("reporter", nullValue());
        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/complaints/" + id).then().statusCode(404)
                .contentType("application/problem+json");

        // Imigrasi responds; the visitor reads the follow-up with the secret and confirms.
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"note\": \"Biaya dikembalikan, petugas dibina\"}")
                .post("/api/v1/complaints/" + id + "/respond").then().statusCode(200)
                .body("status", equalTo("RESPONDED"));
        given().header("X-Complaint-Secret", secret).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("history.note", hasItem("Biaya dikembalikan, petugas dibina"));
        given().header("X-Complaint-Secret", "WRONGWRONGWRONG1").get("/api/v1/complaints/" + id).then().statusCode(404);
        given().header("X-Complaint-Secret", secret).contentType("application/json").body("{}")
                .post("/api/v1/complaints/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("history.action", contains("SUBMIT", "VERIFY", "DISPOSITION", "RESPOND", "CONFIRM"));
    }

    @Test
    void aSignedWhatsAppMessageOpensAComplaintTheMppAdminSeesWithoutTheNumber() throws Exception {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{"
                + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
                + "\"display_phone_number\":\"620000\",\"phone_number_id\":\"1\"},\"contacts\":[{\"profile\":"
                + "{\"name\":\"Warga WA\"},\"wa_id\":\"6281199990001\"}],\"messages\":[{\"from\":\"6281199990001\","
                + "\"id\":\"wamid.e2e-" + System.nanoTime() + "\",\"timestamp\":\"1765000000\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Loket Samsat tutup sebelum jam 12 😡\"}}]}}]}]}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // The subscription handshake answers the challenge only for the right token.
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", Platform.WHATSAPP_VERIFY_TOKEN)
                .queryParam("hub.challenge", "1158201444").get("/api/v1/channels/whatsapp/webhook")
                .then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "wrong")
                .queryParam("hub.challenge", "1158201444").get("/api/v1/channels/whatsapp/webhook")
                .then().statusCode(403);

        // Unsigned or wrongly signed: refused. Signed with the app secret: a complaint on the WHATSAPP channel.
        given().contentType("application/json").body(bytes).post("/api/v1/channels/whatsapp/webhook")
                .then().statusCode(401);
        given().contentType("application/json").header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                .body(bytes).post("/api/v1/channels/whatsapp/webhook").then().statusCode(401);
        given().contentType("application/json").header("X-Hub-Signature-256", "sha256=" + hmac(bytes))
                .body(bytes).post("/api/v1/channels/whatsapp/webhook").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(DemoUsers.MPP_ADMIN)
                .get("/api/v1/complaints?status=SUBMITTED&size=100").then().statusCode(200)
                .body("items.findAll { it.channel == 'WHATSAPP' }.description",
                        hasItem("Loket Samsat tutup sebelum jam 12 😡")));
        String id = as(DemoUsers.MPP_ADMIN).get("/api/v1/complaints?status=SUBMITTED&size=100").then()
                .extract().path("items.find { it.description == 'Loket Samsat tutup sebelum jam 12 😡' }.trackingId");
        as(DemoUsers.MPP_ADMIN).get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("reporter.name", equalTo("Warga WA"))
                .body("toString()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("6281199990001")));
    }

    @Test
    void theDemoComplaintPastItsDeadlineIsOnTheAdminsEscalationListAndItsVisitorFollowsItWithTheSecret() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(DemoUsers.MPP_ADMIN)
                .get("/api/v1/escalations?size=100").then().statusCode(200)
                .body("trackingId", hasItem("ADU-20261201-DEM0000B")));
        given().header("X-Complaint-Secret", "DEMOSECRET000001").get("/api/v1/complaints/ADU-20261201-DEM0000B")
                .then().statusCode(200).body("deadline.breached", equalTo(true));
        given().get("/api/v1/public/mpps/kota-jambi/complaints?size=5").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        // The confidential demo complaint is not public; the others are.
        given().get("/api/v1/open311/v2/requests.json?service_request_id=ADU-20261206-DEM0000A,ADU-20261204-DEM0000C")
                .then().statusCode(200)
                .body("service_request_id", contains("ADU-20261206-DEM0000A"));
    }

    private static String hmac(byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                Platform.WHATSAPP_APP_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }
}
