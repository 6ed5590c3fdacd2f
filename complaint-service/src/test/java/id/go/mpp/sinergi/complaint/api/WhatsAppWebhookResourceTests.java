package id.go.mpp.sinergi.complaint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import id.go.mpp.sinergi.testing.gates.RowCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The WhatsApp Business Cloud API webhook as Meta and the people behind it see it: the handshake, signed deliveries
 * that open complaints and add to them, the replies handed to the notification adapter, and every refusal.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class WhatsAppWebhookResourceTests {

    private static final String WEBHOOK = "/channels/whatsapp/webhook";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tables a refused delivery must leave as they were (the outbox is read off the topic instead). */
    private static final List<String> TABLES = List.of("complaint", "reporter", "complaint_history",
            "complaint_comment", "whatsapp_message");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TopicReader replies;
    private TopicReader complaintEvents;

    @BeforeEach
    void readTheTopics() {
        String kafka = KafkaTestResource.broker().bootstrapServers();
        replies = TopicReader.fromBeginning(kafka, Topics.NOTIFICATION_REQUESTS);
        complaintEvents = TopicReader.fromBeginning(kafka, Topics.COMPLAINT_EVENTS);
    }

    @AfterEach
    void closeTheTopics() {
        replies.close();
        complaintEvents.close();
    }

    @Test
    void theHandshakeAnswersTheChallengeOnlyForTheRightVerifyToken() {
        String token = config("sinergi.complaint.whatsapp.verify-token");
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", token)
                .queryParam("hub.challenge", "1158201444")
                .when().get(WEBHOOK)
                .then().statusCode(200).contentType(startsWith("text/plain")).body(equalTo("1158201444"));

        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", token + "x")
                .queryParam("hub.challenge", "1158201444")
                .when().get(WEBHOOK).then().spec(problem(403)).body("code", equalTo("whatsapp-verify-token"));
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", token)
                .queryParam("hub.challenge", "1158201444")
                .when().get(WEBHOOK).then().spec(problem(403));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.challenge", "1158201444")
                .when().get(WEBHOOK).then().spec(problem(403));
    }

    @Test
    void aSignedFirstMessageOpensAComplaintTheMppAdminSeesAndTheSenderIsAnswered() {
        String wa = waId();
        String wamid = wamid();
        String text = "Loket Samsat tutup jam 11 padahal jadwal sampai jam 14";

        send(signed(delivery(wa, "Budi Santoso", textMessage(wa, wamid, text)))).then().statusCode(200);

        ReceivedEvent reply = replyTo(wamid);
        String trackingId = reply.key();
        JsonNode data = reply.json();
        assertThat(trackingId).matches("ADU-\\d{8}-[0-9A-Z]{8}");
        assertThat(reply.type()).isEqualTo("id.go.mpp.notification.reply-requested.v1");
        assertThat(data.path("complaintId").asText()).isEqualTo(trackingId);
        assertThat(data.path("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(data.path("recipient").asText()).isEqualTo(wa);
        assertThat(data.path("language").asText()).isEqualTo("id");
        assertThat(data.path("text").asText()).isEqualTo("Pengaduan Anda diterima dengan nomor " + trackingId
                + ". Balas pesan ini untuk menambahkan keterangan.");

        String view = as(DemoUsers.MPP_ADMIN).get("/complaints/" + trackingId)
                .then().statusCode(200)
                .body("channel", equalTo("WHATSAPP"))
                .body("category", equalTo("PENGADUAN"))
                .body("mppCode", equalTo("kota-jambi"))
                .body("status", equalTo("SUBMITTED"))
                .body("description", equalTo(text))
                .body("reporter.name", equalTo("Budi Santoso"))
                .extract().asString();
        assertThat(view).doesNotContain(wa).doesNotContain(wa.substring(2));

        // The complaint's own events (read by agencies and dashboards) never carry the number.
        List<ReceivedEvent> submitted = complaintEvents.await(e -> trackingId.equals(e.key()), 1, WAIT);
        assertThat(submitted.get(0).json().path("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(submitted).allSatisfy(e -> assertThat(e.data() + e.headers()).doesNotContain(wa.substring(2)));
    }

    @Test
    void theAgencyTheComplaintGoesToNeverSeesTheNumber() {
        String wa = waId();
        String wamid = wamid();
        send(signed(delivery(wa, "Siti", textMessage(wa, wamid, "Petugas imigrasi tidak ramah")))).then()
                .statusCode(200);
        String trackingId = replyTo(wamid).key();

        as(DemoUsers.MPP_ADMIN).body("{}").post("/complaints/" + trackingId + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\"}")
                .post("/complaints/" + trackingId + "/disposition")
                .then().statusCode(200).body("status", equalTo("DISPOSITIONED"));

        String agencyView = as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + trackingId)
                .then().statusCode(200)
                .body("channel", equalTo("WHATSAPP"))
                .body("reporter", nullValue())
                .extract().asString();
        assertThat(agencyView).doesNotContain(wa.substring(2)).doesNotContain("Siti");
        String agencyInbox = as(DemoUsers.IMIGRASI_OFFICER).get("/complaints").then().statusCode(200)
                .extract().asString();
        assertThat(agencyInbox).doesNotContain(wa.substring(2));
    }

    @Test
    void aSecondMessageWithinTheWindowIsACommentAndOneAfterTheWindowOpensANewComplaint() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        QuarkusMock.installMockForType(clock, Clock.class);
        String wa = waId();
        String first = wamid();
        send(signed(delivery(wa, "Rahmat", textMessage(wa, first, "Antrean BPJS tidak bergerak")))).then()
                .statusCode(200);
        String opened = replyTo(first).key();

        clock.advance(Duration.ofHours(23));
        String second = wamid();
        send(signed(delivery(wa, "Rahmat", textMessage(wa, second, "Sudah dua jam menunggu")))).then()
                .statusCode(200);
        ReceivedEvent commentReply = replyTo(second);
        assertThat(commentReply.key()).isEqualTo(opened);
        assertThat(commentReply.json().path("text").asText())
                .isEqualTo("Keterangan Anda ditambahkan ke pengaduan " + opened + ".");
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + opened).then().statusCode(200)
                .body("description", equalTo("Antrean BPJS tidak bergerak"))
                .body("comments", hasSize(1))
                .body("comments[0].author", equalTo("REPORTER"))
                .body("comments[0].body", equalTo("Sudah dua jam menunggu"));
        assertThat(count("select count(*) from complaint_comment where tracking_id = ? and channel = 'WHATSAPP'",
                opened)).isEqualTo(1);

        // The window runs from the last message (23 h after the first), so 24 h after that one it has closed.
        clock.advance(Duration.ofHours(24));
        String third = wamid();
        send(signed(delivery(wa, "Rahmat", textMessage(wa, third, "Hari ini loket BPJS tutup lagi")))).then()
                .statusCode(200);
        String reopened = replyTo(third).key();
        assertThat(reopened).isNotEqualTo(opened);
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + reopened).then().statusCode(200)
                .body("description", equalTo("Hari ini loket BPJS tutup lagi"))
                .body("comments", hasSize(0));
        assertThat(count("select count(*) from reporter where whatsapp_id = ?", wa)).isEqualTo(2);
    }

    @Test
    void aMessageAboutAFinishedComplaintOpensANewOneEvenWithinTheWindow() {
        String wa = waId();
        String first = wamid();
        send(signed(delivery(wa, null, textMessage(wa, first, "Parkir MPP penuh")))).then().statusCode(200);
        String rejected = replyTo(first).key();
        as(DemoUsers.MPP_ADMIN).body("{\"note\": \"Bukan layanan MPP\"}").post("/complaints/" + rejected + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));

        String second = wamid();
        send(signed(delivery(wa, null, textMessage(wa, second, "Parkir masih penuh")))).then().statusCode(200);
        assertThat(replyTo(second).key()).isNotEqualTo(rejected);
    }

    @Test
    void unsignedAndWronglySignedDeliveriesAre401AndWriteNothing() {
        String wa = waId();
        String wamid = wamid();
        byte[] body = delivery(wa, "Tanpa Tanda", textMessage(wa, wamid, "Pesan palsu"));
        Map<String, Long> before = counts();

        given().contentType("application/json").body(body).when().post(WEBHOOK)
                .then().spec(problem(401)).body("code", equalTo("whatsapp-signature"));
        send(new Signed(body, signature("not-the-app-secret", body))).then().spec(problem(401));
        send(new Signed(body, signature(config("sinergi.complaint.whatsapp.app-secret"),
                "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8))))
                .then().spec(problem(401));
        send(new Signed(body, "sha256=")).then().spec(problem(401));
        send(new Signed(body, "sha1=" + signature(config("sinergi.complaint.whatsapp.app-secret"), body).substring(7)))
                .then().spec(problem(401));

        assertThat(counts()).isEqualTo(before);
        assertThat(replies.drain(inReplyTo(wamid), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aReplayedMessageIsNotFiledTwiceAndARetriedDeliveryTakesOnlyWhatIsNew() {
        String wa = waId();
        String wamid = wamid();
        Signed delivery = signed(delivery(wa, "Dewi", textMessage(wa, wamid, "Mesin antrean rusak")));
        send(delivery).then().statusCode(200);
        String trackingId = replyTo(wamid).key();
        Map<String, Long> before = counts();

        // WhatsApp delivers again (it retries until it gets a 2xx): answered 200 so that it stops, nothing written.
        send(delivery).then().statusCode(200);
        assertThat(counts()).isEqualTo(before);
        assertThat(count("select count(*) from reporter where whatsapp_id = ?", wa)).isEqualTo(1);

        // A retried delivery with the message already taken and a new one: only the new one is taken.
        String next = wamid();
        send(signed(delivery(wa, "Dewi", textMessage(wa, wamid, "Mesin antrean rusak") + ","
                + textMessage(wa, next, "Nomor antrean tidak tercetak")))).then().statusCode(200);
        assertThat(replyTo(next).key()).isEqualTo(trackingId);
        assertThat(count("select count(*) from reporter where whatsapp_id = ?", wa)).isEqualTo(1);
        assertThat(count("select count(*) from complaint_comment where tracking_id = ?", trackingId)).isEqualTo(1);
        assertThat(replies.drain(inReplyTo(wamid), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void deliveryStatusesAloneAreAnswered200AndWriteNothing() {
        String wa = waId();
        byte[] statuses = ("""
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"6274112345",\
                "phone_number_id":"106540352242922"},"statuses":[{"id":"%s","status":"delivered",\
                "timestamp":"%d","recipient_id":"%s"}]}}]}]}""")
                .formatted(wamid(), Instant.now().getEpochSecond(), wa).getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = counts();

        send(signed(statuses)).then().statusCode(200);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSignedBodyThatIsNotAWhatsAppDeliveryIs400AndWritesNothing() {
        Map<String, Long> before = counts();

        send(signed("{\"object\": \"whatsapp_business_account\", \"entry\": [".getBytes(StandardCharsets.UTF_8)))
                .then().spec(problem(400)).body("code", equalTo("malformed-json"));
        send(signed("{\"object\": \"whatsapp_business_account\", \"entry\": {}}".getBytes(StandardCharsets.UTF_8)))
                .then().spec(problem(400));
        String wa = waId();
        String noSender = "{\"id\": \"" + wamid() + "\", \"type\": \"text\", \"text\": {\"body\": \"x\"}}";
        send(signed(delivery(wa, null, noSender)))
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("entry[0].changes[0].value.messages[0].from"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void nonAsciiTextIsVerifiedOverTheRawBytesAndStoredIntact() {
        String wa = waId();
        String raw = wamid();
        String text = "Loket tutup 😡 jam 10 — antrean «penuh», señor 日本";
        send(signed(delivery(wa, "Ñoño Ğül", textMessage(wa, raw, text)))).then().statusCode(200);
        String trackingId = replyTo(raw).key();
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + trackingId).then().statusCode(200)
                .body("description", equalTo(text))
                .body("reporter.name", equalTo("Ñoño Ğül"));

        // The same text with JSON escapes is other bytes: signed over those bytes it is taken, and reads the same.
        String escaped = wamid();
        String other = waId();
        byte[] body = delivery(other, null, "{\"from\": \"" + other + "\", \"id\": \"" + escaped
                + "\", \"timestamp\": \"1765000000\", \"type\": \"text\", \"text\": {\"body\": "
                + "\"Loket tutup \\ud83d\\ude21 jam 10\"}}");
        send(signed(body)).then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + replyTo(escaped).key()).then().statusCode(200)
                .body("description", equalTo("Loket tutup 😡 jam 10"));

        // Signed over the escaped bytes but sent with the emoji written out: not what was signed.
        byte[] unescaped = new String(body, StandardCharsets.UTF_8).replace("\\ud83d\\ude21", "😡")
                .getBytes(StandardCharsets.UTF_8);
        send(new Signed(unescaped, signed(body).signature())).then().spec(problem(401));
    }

    @Test
    void aMessageWithoutTextIsRecordedByItsTypeAndACaptionIsTaken() {
        String wa = waId();
        String image = wamid();
        send(signed(delivery(wa, null, "{\"from\": \"" + wa + "\", \"id\": \"" + image
                + "\", \"timestamp\": \"1765000000\", \"type\": \"image\", \"image\": {\"id\": \"1479537139650973\", "
                + "\"mime_type\": \"image/jpeg\", \"caption\": \"Atap ruang tunggu bocor\"}}"))).then().statusCode(200);
        String trackingId = replyTo(image).key();
        String location = wamid();
        send(signed(delivery(wa, null, "{\"from\": \"" + wa + "\", \"id\": \"" + location
                + "\", \"timestamp\": \"1765000000\", \"type\": \"location\", \"location\": {\"latitude\": -1.6,"
                + " \"longitude\": 103.6}}"))).then().statusCode(200);
        assertThat(replyTo(location).key()).isEqualTo(trackingId);

        as(DemoUsers.MPP_ADMIN).get("/complaints/" + trackingId).then().statusCode(200)
                .body("description", equalTo("Atap ruang tunggu bocor"))
                .body("comments[0].body", equalTo("[location message]"));
    }

    // --- WhatsApp's side: deliveries and their signature ---------------------------------------------------------

    /** A body and the X-Hub-Signature-256 it is sent with. */
    record Signed(byte[] body, String signature) {
    }

    private static Signed signed(byte[] body) {
        return new Signed(body, signature(config("sinergi.complaint.whatsapp.app-secret"), body));
    }

    /** {@code sha256=<hex HMAC-SHA256 of the raw bytes>}, as Meta signs a delivery with the app secret. */
    private static String signature(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Signed delivery) {
        return given().contentType("application/json").header("X-Hub-Signature-256", delivery.signature())
                .body(delivery.body()).when().post(WEBHOOK);
    }

    /** A delivery of the messages (JSON objects, comma separated) from {@code wa}, with the profile name if any. */
    private static byte[] delivery(String wa, String name, String messages) {
        String contact = "{\"profile\": {\"name\": " + quoted(name) + "}, \"wa_id\": \"" + wa + "\"}";
        return ("{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"102290129340398\", \"changes\": "
                + "[{\"field\": \"messages\", \"value\": {\"messaging_product\": \"whatsapp\", \"metadata\": "
                + "{\"display_phone_number\": \"6274112345\", \"phone_number_id\": \"106540352242922\"}, "
                + "\"contacts\": [" + contact + "], \"messages\": [" + messages + "]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String textMessage(String wa, String wamid, String text) {
        return "{\"from\": \"" + wa + "\", \"id\": \"" + wamid + "\", \"timestamp\": \""
                + Instant.now().getEpochSecond() + "\", \"type\": \"text\", \"text\": {\"body\": " + quoted(text)
                + "}}";
    }

    /** JSON text with non-ASCII characters written out (Jackson escapes only what JSON requires). */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Indonesian mobile number as WhatsApp writes it, different in every test. */
    private static String waId() {
        return "6281" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    private static String wamid() {
        return "wamid.TEST" + UUID.randomUUID().toString().replace("-", "");
    }

    // --- What the service did ----------------------------------------------------------------------------------

    private ReceivedEvent replyTo(String wamid) {
        return replies.await(inReplyTo(wamid), 1, WAIT).get(0);
    }

    private static Predicate<ReceivedEvent> inReplyTo(String wamid) {
        return e -> wamid.equals(e.json().path("inReplyTo").asText());
    }

    private static Map<String, Long> counts() {
        try (RowCounts rows = RowCounts.ofDatabase("complaint")) {
            Map<String, Long> all = rows.get();
            return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, all::get));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, String parameter) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("complaint"), server.username(),
                server.password()); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    /** A clock the test moves forward (the service reads "now" only from the injected Clock). */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
