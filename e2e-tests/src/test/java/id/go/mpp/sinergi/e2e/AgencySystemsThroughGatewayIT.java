package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TestUsers;
import id.go.mpp.sinergi.testing.TopicReader;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The agencies keep their systems (issue 20), end to end: the stand-in Dukcapil, SIMKIM, OSS and WhatsApp provider
 * run as their own process, each speaking its own format, and every call goes from the packaged gateway to them
 * over the network. A walk-in passport visit is verified once at Dukcapil and recognised at its DPMPTSP step, becomes
 * a SIMKIM application when served, and its visitor hears on WhatsApp when SIMKIM says the passport is ready; with
 * Dukcapil down the kiosk keeps issuing and nothing is lost; a changed message log entry is found; an agency's system
 * sees nothing of a visit its agency is no part of.
 */
class AgencySystemsThroughGatewayIT {

    private static final String BUDI = "{\"nik\": \"1571011708850001\", \"fullName\": \"Budi Santoso\", "
            + "\"birthDate\": \"1985-08-17\", \"consent\": true}";

    private static Platform platform;
    private static String counter;
    private static String officer;
    /** DPMPTSP services of this class's own: tickets it leaves waiting must not stand in the demo counters' lines. */
    private static String dpmptspService;
    private static String licenceService;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
        RestAssured.baseURI = platform.gateway.url();
        // a passport counter of this class's own, worked by an officer of its own (the other classes share the demo ones)
        counter = "AG" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"Loket uji agensi\", "
                + "\"services\": [\"paspor-baru\"]}").put("/api/v1/mpps/kota-jambi/counters/" + counter)
                .then().statusCode(200);
        officer = TestUsers.officer("imigrasi", "kota-jambi");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        dpmptspService = dpmptspService("uji-dpm-" + suffix, "UAG", false);
        licenceService = dpmptspService("uji-izin-" + suffix, "UAH", true);
    }

    private static String dpmptspService(String code, String prefix, boolean requiresNib) {
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "dpmptsp", "nameId": "Layanan uji agensi", "nameEn": "Agency test service",
                 "ticketPrefix": "%s", "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 50, "priority": 5, "online": 0}, "slaMinutes": 60, "requiresNib": %s}"""
                .formatted(prefix, requiresNib)).put("/api/v1/mpps/kota-jambi/services/" + code).then().statusCode(200);
        return code;
    }

    @AfterEach
    void dukcapilIsUpAgain() {
        standIns("PUT", "/control/dukcapil/faults", "{}");
    }

    private static RequestSpecification kiosk() {
        return TestUsers.as(TestUsers.kiosk());
    }

    private static RequestSpecification agencySystem(String client, String secret) {
        return given().auth().oauth2(KeycloakServer.shared().clientToken(client, secret)).when();
    }

    /** A call to the stand-ins' control port (faults, stats), as a tester or a demo would make it. */
    private static JsonPath standIns(String method, String path, String body) {
        var request = given().baseUri(platform.standIns.url()).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method, path).then().statusCode(200).extract().jsonPath();
    }

    /** What the WhatsApp/SMS provider stand-in sent to a number. */
    private static String sentTo(String number) {
        return given().baseUri("http://127.0.0.1:" + platform.messagingPort)
                .header("Authorization", "Bearer messaging-dev").urlEncodingEnabled(true)
                .queryParam("to", number).when().get("/messaging/v1/messages")
                .then().statusCode(200).extract().asString();
    }

    private static JsonPath walkIn(String service) {
        return kiosk().body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract().jsonPath();
    }

    /** The kiosk asks for the visitor's verification as soon as the gateway knows the visit (from the ticket's event). */
    private static void verifyAtTheKiosk(String visit) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> kiosk()
                .body(BUDI).post("/api/v1/visits/" + visit + "/identity-verifications")
                .then().statusCode(202).body("status", equalTo("PENDING")));
    }

    private static void awaitIdentity(String visit, String status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                TestUsers.as(officer).get("/api/v1/visits/" + visit + "/identity-verification")
                        .then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aWalkInPassportVisitIsVerifiedOnceRecognisedAtTheLicenceStepAndToldWhenThePassportIsReady() {
        JsonPath ticket = walkIn("paspor-baru");
        String visit = ticket.getString("visitId");
        String phone = "+62812" + (10000000 + (int) (Math.random() * 89999999));

        verifyAtTheKiosk(visit);
        kiosk().body("{\"phone\": \"" + phone.replace("+62", "0") + "\", \"consent\": true}")
                .put("/api/v1/visits/" + visit + "/notification-contact").then().statusCode(204);
        awaitIdentity(visit, "VERIFIED", Duration.ofSeconds(30));
        TestUsers.as(officer).get("/api/v1/visits/" + visit + "/identity-verification").then()
                .body("elements.NAMA_LGKP", equalTo("SESUAI")).body("elements.TGL_LHR", equalTo("SESUAI"));
        long dukcapilAnswered = standIns("GET", "/control/dukcapil", null).getLong("stats.verificationsAnswered");

        // Before the visit reaches DPMPTSP its system sees nothing; Dukcapil's own system is no agency of the visit.
        agencySystem("agency-oss", "oss-dev-secret").get("/api/v1/visits/" + visit + "/identity-verification")
                .then().statusCode(404);
        agencySystem("agency-dukcapil", "dukcapil-dev-secret")
                .get("/api/v1/visits/" + visit + "/identity-verification").then().statusCode(404);

        // Served at the passport counter, then sent on to DPMPTSP for a NIB in the same visit.
        TestUsers.as(officer).post("/api/v1/counters/kota-jambi/" + counter + "/open").then().statusCode(200);
        try {
            String ticketId = ticket.getString("id");
            TestUsers.as(officer).body("{\"counterCode\": \"" + counter + "\"}")
                    .post("/api/v1/tickets/" + ticketId + "/call").then().statusCode(200);
            TestUsers.as(officer).post("/api/v1/tickets/" + ticketId + "/start").then().statusCode(200);
            TestUsers.as(officer).body("{\"serviceCode\": \"" + dpmptspService + "\", \"note\": \"Sekalian NIB\"}")
                    .post("/api/v1/tickets/" + ticketId + "/transfer").then().statusCode(201)
                    .body("agencyCode", equalTo("dpmptsp"));
        } finally {
            TestUsers.as(officer).post("/api/v1/counters/kota-jambi/" + counter + "/close");
        }

        // DPMPTSP's system and officer see the verification of this visit without asking Dukcapil again.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> agencySystem("agency-oss", "oss-dev-secret")
                .get("/api/v1/visits/" + visit + "/identity-verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")));
        String seenAtDpmptsp = TestUsers.as(TestUsers.officer("dpmptsp", "kota-jambi"))
                .get("/api/v1/visits/" + visit + "/identity-verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).extract().asString();
        assertThat(seenAtDpmptsp).doesNotContain("1571011708850001").doesNotContain("Budi");
        assertThat(standIns("GET", "/control/dukcapil", null).getLong("stats.verificationsAnswered"))
                .as("Dukcapil was asked once").isEqualTo(dukcapilAnswered);

        // The served passport step is a SIMKIM application; SIMKIM moves it on and calls back; the visitor is told.
        String application = await().atMost(Duration.ofSeconds(30)).until(() -> TestUsers.as(officer)
                .get("/api/v1/visits/" + visit + "/applications").then().statusCode(200)
                .extract().jsonPath().getString("[0].applicationNumber"), number -> number != null);
        assertThat(application).matches("[A-Z0-9-]+");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> TestUsers.as(officer)
                .get("/api/v1/visits/" + visit + "/applications").then()
                .body("[0].system", equalTo("SIMKIM")).body("[0].status", equalTo("SIAP_DIAMBIL")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(sentTo(phone)).contains("sudah siap diambil"));
        agencySystem("agency-dukcapil", "dukcapil-dev-secret").get("/api/v1/visits/" + visit + "/applications")
                .then().statusCode(404);
    }

    @Test
    void whileDukcapilIsDownTheKioskKeepsIssuingAndTheVerificationCompletesOnceWhenItReturns() throws Exception {
        standIns("PUT", "/control/dukcapil/faults", "{\"down\": true}");

        JsonPath ticket = walkIn("paspor-baru");
        assertThat(ticket.getString("number")).matches("IMI-A-\\d{3}");
        String visit = ticket.getString("visitId");
        verifyAtTheKiosk(visit);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                TestUsers.as(officer).get("/api/v1/visits/" + visit + "/identity-verification")
                        .then().statusCode(200).body("status", equalTo("PENDING")));
        as(DemoUsers.MPP_ADMIN).get("/api/v1/adapters").then().statusCode(200)
                .body("find { it.agencyCode == 'dukcapil' }.backlog", greaterThanOrEqualTo(1));
        walkIn("paspor-baru"); // still issuing

        standIns("PUT", "/control/dukcapil/faults", "{\"down\": false}");
        awaitIdentity(visit, "VERIFIED", Duration.ofSeconds(90));
        try (TopicReader reader = TopicReader.fromBeginning(platform.kafka, Topics.AGENCY_EXCHANGES)) {
            List<ReceivedEvent> verified = reader.drain(e -> visit.equals(e.key())
                    && "id.go.mpp.agency.identity-verified.v1".equals(e.type()), Duration.ofSeconds(5));
            assertThat(verified).as("one identity-verified event for the visit").hasSize(1);
            assertThat(verified.get(0).data()).doesNotContain("1571011708850001");
        }
    }

    @Test
    void aLicenceWalkInNamesTheBusinessesNibAndItIsCheckedAtOssWhenTheTicketIsIssued() {
        String ticket = "{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + licenceService + "\"}";
        kiosk().header("Accept-Language", "en").body(ticket).post("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("nib"));

        String visit = kiosk().body(ticket.replace("}", ", \"nib\": \"9120001234561\"}")).post("/api/v1/tickets")
                .then().statusCode(201).body("agencyCode", equalTo("dpmptsp")).extract().path("visitId");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> kiosk()
                .get("/api/v1/visits/" + visit + "/business-check").then().statusCode(200)
                .body("nib", equalTo("9120001234561")).body("status", equalTo("VALID"))
                .body("nibStatus", equalTo("AKTIF")).body("requestedBy", equalTo("KIOSK")));
        // DPMPTSP's system sees it; another agency's is told there is no such visit
        agencySystem("agency-oss", "oss-dev-secret").get("/api/v1/visits/" + visit + "/business-check")
                .then().statusCode(200).body("status", equalTo("VALID"));
        agencySystem("agency-simkim", "simkim-dev-secret").get("/api/v1/visits/" + visit + "/business-check")
                .then().statusCode(404);
    }

    @Test
    void anAgencysSystemReceivesItsAgencysEventsAndNoneOfAnothers() throws Exception {
        String token = KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var request = HttpRequest.newBuilder(URI.create(platform.gateway.url()
                        + "/api/v1/operator/events?types=id.go.mpp.queue.ticket-issued.v1"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
        var stream = HttpClient.newHttpClient().sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        stream.thenAcceptAsync(response -> response.body().forEach(lines::add));
        try {
            assertThat(stream.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(15)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":")));

            String dpmptsp = walkIn(dpmptspService).getString("id");
            String imigrasi = walkIn("paspor-baru").getString("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream()
                    .anyMatch(l -> l.startsWith("data:") && l.contains(imigrasi)));
            Thread.sleep(2000); // the other agency's ticket was issued first: had it come, it would be here by now
            assertThat(lines).filteredOn(l -> l.startsWith("data:"))
                    .noneMatch(l -> l.contains(dpmptsp))
                    .allMatch(l -> l.contains("\"agencyCode\":\"imigrasi\""));
        } finally {
            stream.cancel(true);
        }
        // and it may not ask for another agency's
        agencySystem("agency-simkim", "simkim-dev-secret").header("Accept", "text/event-stream")
                .get("/api/v1/operator/events?agency=dpmptsp").then().statusCode(403);
    }

    @Test
    void anAgencysSystemWorksTheComplaintsDispositionedToItsAgencyAndEveryCallIsInTheMessageLog() {
        String id = given().contentType("application/json").body("{\"category\": \"PENGADUAN\", \"description\": "
                        + "\"Status permohonan paspor di aplikasi tidak berubah\", \"mppCode\": \"kota-jambi\", "
                        + "\"agencyCode\": \"imigrasi\"}")
                .post("/api/v1/complaints").then().statusCode(201).extract().path("trackingId");
        as(DemoUsers.MPP_ADMIN).body("{}").post("/api/v1/complaints/" + id + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"note\": \"Mohon ditindaklanjuti\"}")
                .post("/api/v1/complaints/" + id + "/disposition").then().statusCode(200);

        String simkim = KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret");
        String oss = KeycloakServer.shared().clientToken("agency-oss", "oss-dev-secret");
        TestUsers.as(simkim).get("/api/v1/complaints?status=DISPOSITIONED&size=100").then().statusCode(200)
                .body("items.trackingId", hasItem(id));
        TestUsers.as(oss).get("/api/v1/complaints?size=100").then().statusCode(200)
                .body("items.trackingId", not(hasItem(id)));
        TestUsers.as(oss).body("{\"note\": \"bukan kami\"}").post("/api/v1/complaints/" + id + "/respond")
                .then().statusCode(404);

        // SIMKIM's system pushes the agency's status updates
        TestUsers.as(simkim).body("{}").post("/api/v1/complaints/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        TestUsers.as(simkim).body("{\"note\": \"Data permohonan sudah disinkronkan, silakan cek kembali\"}")
                .post("/api/v1/complaints/" + id + "/respond").then().statusCode(200)
                .body("status", equalTo("RESPONDED"));

        as(DemoUsers.MPP_ADMIN).queryParam("agency", "imigrasi")
                .queryParam("operation", "POST /api/v1/complaints/{trackingId}/respond")
                .get("/api/v1/message-log").then().statusCode(200)
                .body("items[0].subjectId", equalTo("/api/v1/complaints/" + id + "/respond"))
                .body("items[0].outcome", equalTo("200")).body("items[0].direction", equalTo("IN"));
        as(DemoUsers.MPP_ADMIN).queryParam("agency", "dpmptsp")
                .queryParam("operation", "POST /api/v1/complaints/{trackingId}/respond")
                .get("/api/v1/message-log").then().statusCode(200)
                .body("items[0].subjectId", equalTo("/api/v1/complaints/" + id + "/respond"))
                .body("items[0].outcome", equalTo("404"));
    }

    @Test
    void aMessageLogEntryChangedInTheDatabaseIsFoundByTheVerification() throws Exception {
        // an exchange with Dukcapil and an agency's read of the result: entries of the log
        String visit = walkIn("paspor-baru").getString("visitId");
        verifyAtTheKiosk(visit);
        awaitIdentity(visit, "VERIFIED", Duration.ofSeconds(30));
        long newest = as(DemoUsers.MPP_ADMIN).get("/api/v1/message-log").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].seq");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(DemoUsers.MPP_ADMIN)
                .post("/api/v1/message-log/verify").then().statusCode(200)
                .body("ok", equalTo(true)).body("sealedUpTo", greaterThanOrEqualTo((int) newest)));

        String purpose = messageLogPurpose(newest);
        changeMessageLogPurpose(newest, "diubah diam-diam");
        try {
            as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en").post("/api/v1/message-log/verify").then()
                    .statusCode(200).body("ok", equalTo(false))
                    .body("firstBroken.seq", equalTo((int) newest))
                    .body("firstBroken.reason", equalTo("changed"))
                    .body("firstBroken.detail", matchesPattern(".*\\S.*"));
        } finally {
            changeMessageLogPurpose(newest, purpose);
        }
        as(DemoUsers.MPP_ADMIN).post("/api/v1/message-log/verify").then().statusCode(200).body("ok", equalTo(true));
    }

    private Connection gatewayDatabase() throws SQLException {
        return DriverManager.getConnection(platform.postgres.jdbcUrl("gateway"), platform.postgres.username(),
                platform.postgres.password());
    }

    private String messageLogPurpose(long seq) throws SQLException {
        try (Connection c = gatewayDatabase();
             PreparedStatement s = c.prepareStatement("select purpose from message_log where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /**
     * What someone with the database's superuser could do behind the gateway's back: the append-only trigger switched
     * off for one transaction, one column of a sealed entry changed.
     */
    private void changeMessageLogPurpose(long seq, String purpose) throws SQLException {
        try (Connection c = gatewayDatabase()) {
            c.setAutoCommit(false);
            try (Statement off = c.createStatement();
                 PreparedStatement s = c.prepareStatement("update message_log set purpose = ? where seq = ?")) {
                off.execute("set local session_replication_role = replica");
                s.setString(1, purpose);
                s.setLong(2, seq);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }
    }
}
