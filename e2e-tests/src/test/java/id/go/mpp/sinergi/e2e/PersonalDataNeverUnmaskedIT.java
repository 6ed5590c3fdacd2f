package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.TestUsers;
import id.go.mpp.sinergi.testing.TopicReader;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * UU 27/2022 PDP across the running platform: a NIK and a phone number a citizen or an officer types into every
 * free-text field, refused request field, path and query string are never found unmasked — in any written form —
 * in the services' logs, on any Kafka topic (dead-letter topics included) or in the gateway's audit table.
 */
class PersonalDataNeverUnmaskedIT {

    /** Test data only: a NIK-shaped number and a mobile number that nobody else in the test suite uses. */
    private static final String NIK = "1571014107950021";
    private static final String PHONE = "081377224466";
    /** A second pair, only in the transfer note (queue-service masks it before storing and publishing). */
    private static final String NOTE_NIK = "1571026303880005";
    private static final String NOTE_PHONE = "085266119933";

    /** A third pair: the NIK a visitor has verified at Dukcapil, the number they give for WhatsApp messages. */
    private static final String VERIFIED_NIK = "1571015507990034";
    private static final String CONTACT_PHONE = "081299887766";

    private static final Path SERVICE_LOGS = Path.of("target/e2e-logs");

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.shared();
        RestAssured.baseURI = platform.gateway.url();
    }

    @Test
    void aNikAndPhoneTypedIntoEveryFieldAreFoundNowhereUnmasked() throws Exception {
        String citizen = TestUsers.citizen();
        String visitId = transferAVisitWithANote(citizen);

        // A complaint about the visit whose description carries both, once complaint-service knows the visit.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TestUsers.as(citizen).get("/api/v1/me/visits")
                .then().statusCode(200).body("visitId", hasItem(visitId)));
        TestUsers.as(citizen).body("{\"category\": \"PENGADUAN\", \"description\": \"Petugas memotret KTP saya (NIK "
                        + "1571 0141 0795 0021) dan meminta nomor WA (0813) 7722-4466.\", \"mppCode\": \"kota-jambi\", "
                        + "\"visitId\": \"" + visitId + "\"}")
                .post("/api/v1/complaints").then().statusCode(201);

        // Request fields, paths and query strings that are refused, each in another written form.
        refused(TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"1571-01-410795-0021\"}")
                .post("/api/v1/tickets"));
        refused(TestUsers.as(citizen).body("{\"category\": \"PENGADUAN\", \"description\": \"-\", "
                        + "\"mppCode\": \"0813.7722.4466\", \"agencyCode\": \"+62 (813) 7722-4466\"}")
                .post("/api/v1/complaints"));
        refused(TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\", "
                        + "\"date\": \"1571.0141.0795.0021\", \"slot\": \"0062 813 7722 4466\"}")
                .post("/api/v1/bookings"));
        refused(TestUsers.as(citizen).get("/api/v1/complaints/１５７１０１４１０７９５００２１"));
        refused(TestUsers.as(citizen).get("/api/v1/bookings/" + PHONE));
        refused(given().queryParam("mpp", "+62 813-7722-4466").get("/api/v1/services/paspor-baru/wait"));
        given().queryParam("mpp", "1571 0141 0795 0021").get("/api/v1/services")
                .then().statusCode(lessThan(500));

        List<String> hits = new ArrayList<>();
        hits.addAll(unmaskedIn(logs(), NIK, PHONE));
        hits.addAll(unmaskedIn(kafkaRecords(), NIK, PHONE));
        hits.addAll(unmaskedIn(auditRows(), NIK, PHONE));
        assertThat(hits).as("places holding the test NIK %s or phone %s unmasked", NIK, PHONE).isEmpty();
    }

    @Test
    void aTransferNoteIsStoredAndPublishedMasked() throws Exception {
        transferAVisitWithANote(TestUsers.citizen());

        List<String> hits = new ArrayList<>();
        hits.addAll(unmaskedIn(logs(), NOTE_NIK, NOTE_PHONE));
        hits.addAll(unmaskedIn(kafkaRecords(), NOTE_NIK, NOTE_PHONE));
        hits.addAll(unmaskedIn(auditRows(), NOTE_NIK, NOTE_PHONE));
        assertThat(hits).as("places holding the transfer note's NIK %s or phone %s unmasked", NOTE_NIK, NOTE_PHONE)
                .isEmpty();
    }

    /**
     * Issue 20: the NIK goes to Dukcapil (the stand-in, its own process) and the number is kept for the visit, but
     * neither is found unmasked in any log (the stand-ins' included), on any topic, in the audit table, in the message
     * log, in the agency requests once answered, or in the visit's verification record.
     */
    @Test
    void aNikVerifiedAtDukcapilAndANumberGivenForAVisitAreFoundNowhereUnmasked() throws Exception {
        String kiosk = TestUsers.kiosk();
        String visitId = TestUsers.as(kiosk).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract().path("visitId");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> TestUsers.as(kiosk)
                .body("{\"nik\": \"" + VERIFIED_NIK + "\", \"fullName\": \"Siti Rahma\", "
                        + "\"birthDate\": \"1999-07-15\", \"consent\": true}")
                .post("/api/v1/visits/" + visitId + "/identity-verifications").then().statusCode(202));
        TestUsers.as(kiosk).body("{\"phone\": \"" + CONTACT_PHONE + "\", \"consent\": true}")
                .put("/api/v1/visits/" + visitId + "/notification-contact").then().statusCode(204);
        // Dukcapil answers (no such person in its records): the request is done, its payload erased
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> TestUsers.as(kiosk)
                .get("/api/v1/visits/" + visitId + "/identity-verification").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.not(equalTo("PENDING"))));

        List<String> hits = new ArrayList<>();
        hits.addAll(unmaskedIn(logs(), VERIFIED_NIK, CONTACT_PHONE));
        hits.addAll(unmaskedIn(kafkaRecords(), VERIFIED_NIK, CONTACT_PHONE));
        hits.addAll(unmaskedIn(auditRows(), VERIFIED_NIK, CONTACT_PHONE));
        for (String table : List.of("message_log", "agency_request", "identity_verification")) {
            hits.addAll(unmaskedIn(gatewayRows(table), VERIFIED_NIK, CONTACT_PHONE));
        }
        assertThat(hits).as("places holding the verified NIK %s or the contact number %s unmasked", VERIFIED_NIK,
                CONTACT_PHONE).isEmpty();
    }

    /**
     * A PBG applicant's ticket called at OSS-1 and transferred to PUPR with a note that carries the second pair;
     * PUPR serves it and both counters close again, so other tests find the counters as they left them.
     */
    private static String transferAVisitWithANote(String citizen) {
        String oss = TestUsers.officer("dpmptsp", "kota-jambi");
        String pupr = TestUsers.officer("pupr", "kota-jambi");
        Response applied = TestUsers.as(citizen).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"pbg\"}")
                .post("/api/v1/tickets");
        applied.then().statusCode(201);
        String ticketId = applied.path("id");
        String visitId = applied.path("visitId");

        TestUsers.as(oss).post("/api/v1/counters/kota-jambi/OSS-1/open").then().statusCode(200);
        TestUsers.as(oss).body("{\"counterCode\": \"OSS-1\"}").post("/api/v1/tickets/" + ticketId + "/call")
                .then().statusCode(200);
        TestUsers.as(oss).post("/api/v1/tickets/" + ticketId + "/start").then().statusCode(200);
        String transferred = TestUsers.as(oss).body("{\"serviceCode\": \"rekomendasi-pupr\", \"note\": \"Pemohon NIK "
                        + "1571-02-630388-0005, hubungi +62 852-6611-9933 bila berkas kurang\"}")
                .post("/api/v1/tickets/" + ticketId + "/transfer").then().statusCode(201).extract().path("id");
        TestUsers.as(oss).post("/api/v1/counters/kota-jambi/OSS-1/close").then().statusCode(200);

        TestUsers.as(pupr).post("/api/v1/counters/kota-jambi/PUPR-1/open").then().statusCode(200);
        TestUsers.as(pupr).body("{\"counterCode\": \"PUPR-1\"}").post("/api/v1/tickets/" + transferred + "/call")
                .then().statusCode(200);
        TestUsers.as(pupr).body("{\"outcome\": \"SERVED\"}").post("/api/v1/tickets/" + transferred + "/complete")
                .then().statusCode(200);
        TestUsers.as(pupr).post("/api/v1/counters/kota-jambi/PUPR-1/close").then().statusCode(200);

        // Everything the visit caused has left the outbox once its last event is on the topic.
        try (TopicReader reader = TopicReader.fromBeginning(platform.kafka, Topics.QUEUE_VISITS)) {
            reader.await(e -> transferred.equals(e.subject()) && e.type().endsWith(".ticket-completed.v1"), 1,
                    Duration.ofSeconds(30));
        }
        return visitId;
    }

    private static void refused(Response response) {
        response.then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * The places whose text holds the NIK or the phone number in any written form: digits of any script, grouped
     * by spaces, dots, dashes or parentheses, with +62 or 0062, JSON-escaped or percent-encoded.
     */
    private static List<String> unmaskedIn(Map<String, String> texts, String nik, String phone) {
        String nationalPhone = phone.substring(1);
        return texts.entrySet().stream()
                .filter(e -> {
                    String digits = digitsJoined(e.getValue());
                    return digits.contains(nik) || digits.contains(nationalPhone);
                })
                .map(Map.Entry::getKey)
                .toList();
    }

    private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final String GROUPING = " \t.-()+\u00A0\u2010\u2011\u2012\u2013\u2212\u3000（）＋－．";

    private static String digitsJoined(String text) {
        Matcher escape = JSON_ESCAPE.matcher(text);
        String unescaped = escape.replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        String decoded = PERCENT_ENCODED.matcher(unescaped).replaceAll(m -> Matcher.quoteReplacement(
                java.net.URLDecoder.decode(m.group(), StandardCharsets.UTF_8)));
        StringBuilder joined = new StringBuilder(decoded.length());
        decoded.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                joined.append((char) ('0' + Character.digit(cp, 10)));
            } else if (GROUPING.indexOf(cp) < 0) {
                joined.appendCodePoint(cp);
            }
        });
        return joined.toString();
    }

    /** Every service's log, line by line ("log-file:line"). */
    private static Map<String, String> logs() throws IOException {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SERVICE_LOGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < content.size(); i++) {
                    lines.put(file.getFileName() + ":" + (i + 1), content.get(i));
                }
            }
        }
        assertThat(lines).as("service logs under %s", SERVICE_LOGS.toAbsolutePath()).isNotEmpty();
        return lines;
    }

    /** Key, value and headers of every record on every topic of the broker ("topic/partition@offset"). */
    private static Map<String, String> kafkaRecords() throws Exception {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka))) {
            topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
        assertThat(topics).containsAll(Topics.ALL).containsAll(Topics.DEAD_LETTER);
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, String> records = new java.util.LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as("read every topic to its end").isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder(utf8(record.key())).append('\n').append(utf8(record.value()));
                    for (Header header : record.headers()) {
                        text.append('\n').append(header.key()).append('=').append(utf8(header.value()));
                    }
                    records.put(record.topic() + "/" + record.partition() + "@" + record.offset(), text.toString());
                }
            }
        }
        return records;
    }

    /** Every row of the gateway's audit table, as JSON. */
    private static Map<String, String> auditRows() throws Exception {
        return gatewayRows("audit_record");
    }

    /** Every row of a table of the gateway, as JSON ("table#n"). */
    private static Map<String, String> gatewayRows(String table) throws Exception {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(platform.postgres.jdbcUrl("gateway"),
                platform.postgres.username(), platform.postgres.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select row_to_json(t)::text from " + table + " t")) {
            while (rs.next()) {
                rows.put(table + "#" + rows.size(), rs.getString(1));
            }
        }
        assertThat(rows).as("rows of %s", table).isNotEmpty();
        return rows;
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
