package id.go.mpp.sinergi.complaint.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.core.codes.ReadableCodes;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.RepoPaths;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Open311 GeoReport v2 on complaint-service, against the running service: queue-service's public catalogue is a
 * stand-in ({@link Open311CatalogueStub}); every JSON answer is checked against the official schemas
 * ({@link Open311Schemas}).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = Open311CatalogueStub.class, restrictToAnnotatedClass = true)
class Open311ResourceTests {

    private static final String V2 = "/open311/v2";
    /** The development client's key (migration V2026.12.06.1400), registered for kota-jambi. */
    private static final String KEY = "open311-dev-key";
    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    // --- discovery and services ---

    @Test
    void discoveryNamesTheEndpointItsFormatsAndWhereAKeyComesFrom() {
        given().get(V2 + "/discovery.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", equalTo("http://127.0.0.1:8080/api/v1/open311/v2"))
                .body("endpoints[0].formats", equalTo(List.of("text/xml", "application/json")))
                .body("key_service", startsWith("api_key"));
        Document xml = xml(given().get(V2 + "/discovery.xml").then().statusCode(200)
                .contentType(startsWith("text/xml")).extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(texts(xml, "format")).containsExactly("text/xml", "application/json");
    }

    @Test
    void theServicesAreTheCataloguesOnesAndTheGeneralComplaintInJsonAndXml() {
        String json = given().header("Accept-Language", "en").get(V2 + "/services.json?jurisdiction_id=kota-jambi")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.SERVICES, json);
        JsonNode services = Open311Schemas.read(json);
        assertThat(services.findValuesAsText("service_code"))
                .containsExactly("paspor-baru", "penggantian-paspor", "ktp-el", "nib", "pengaduan-umum");
        JsonNode passport = services.get(0);
        assertThat(passport.path("service_name").asText()).isEqualTo("New passport");
        assertThat(passport.path("group").asText()).isEqualTo("imigrasi");
        assertThat(passport.path("type").asText()).isEqualTo("realtime");
        assertThat(passport.path("metadata").asBoolean()).isTrue();

        // The default jurisdiction is kota-jambi; Indonesian unless asked otherwise; XML with the spec's elements.
        Document xml = xml(given().get(V2 + "/services.xml").then().statusCode(200)
                .contentType(startsWith("text/xml")).extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(children(xml.getDocumentElement())).allMatch(e -> e.getTagName().equals("service")).hasSize(5);
        assertThat(texts(xml, "service_name")).contains("Paspor baru");
    }

    @Test
    void anMppWithoutServicesIs404AndACatalogueThatCannotBeReadIs503InTheOpen311Format() {
        assertError(given().get(V2 + "/services.json?jurisdiction_id=kota-tanpa-layanan"), "json", 404);
        assertError(given().get(V2 + "/services.xml?jurisdiction_id=" + Open311CatalogueStub.UNREADABLE), "xml", 503);
        assertError(given().get(V2 + "/services.json?jurisdiction_id=Kota%20Jambi"), "json", 400);
    }

    @Test
    void theServiceDefinitionOffersAnonimAndRahasiaAndSaysNoLocationIsNeeded() {
        String json = given().get(V2 + "/services/paspor-baru.json").then().statusCode(200).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.SERVICE_DEFINITION, json);
        JsonNode definition = Open311Schemas.read(json);
        assertThat(definition.path("service_code").asText()).isEqualTo("paspor-baru");
        assertThat(definition.path("attributes").findValuesAsText("code")).containsExactly("anonim", "rahasia", "lokasi");
        assertThat(definition.path("attributes").get(0).path("values").findValuesAsText("key")).containsExactly("ya", "tidak");
        assertThat(definition.path("attributes").get(2).path("variable").asBoolean()).isFalse();

        Document xml = xml(given().get(V2 + "/services/pengaduan-umum.xml").then().statusCode(200).extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(xml.getElementsByTagName("attribute").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("value").getLength()).isEqualTo(4);

        assertError(given().get(V2 + "/services/tidak-ada.json"), "json", 404);
        assertError(given().get(V2 + "/services/%3Cscript%3E.xml"), "xml", 404);
    }

    // --- POST requests ---

    @Test
    void aRequestPostedWithTheClientsKeyIsAComplaintTheMppAdminSees() {
        String json = post(form("paspor-baru", "Loket paspor tutup sebelum jam 15.00")
                .formParam("first_name", "Siti").formParam("last_name", "Aminah")
                .formParam("email", "siti.aminah@example.id").formParam("phone", "081298765432")
                .formParam("lat", "-1.6101").formParam("long", "103.6131")
                .formParam("media_url", "https://example.id/foto/loket.jpg"), "json")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUEST_RESPONSES, json);
        JsonNode receipt = Open311Schemas.read(json).get(0);
        String id = receipt.path("service_request_id").asText();
        assertThat(id).matches("ADU-\\d{8}-[0-9A-Z]{8}");
        assertThat(receipt.path("service_notice").asText()).contains("3 hari kerja");
        assertThat(receipt.has("token")).isFalse();

        as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200)
                .body("channel", equalTo("OPEN311"))
                .body("category", equalTo("PENGADUAN"))
                .body("mppCode", equalTo("kota-jambi"))
                .body("agencyCode", equalTo("imigrasi"))
                .body("serviceCode", equalTo("paspor-baru"))
                .body("status", equalTo("SUBMITTED"))
                .body("mediaUrls", equalTo(List.of("https://example.id/foto/loket.jpg")))
                .body("reporter.name", equalTo("Siti Aminah"))
                .body("reporter.email", equalTo("siti.aminah@example.id"));

        // 4,000 characters (UTF-16 units, as on every channel) of any script are taken; UTF-8 without a charset.
        filed(form("paspor-baru", "é".repeat(3998) + "😀"));
        String utf8 = filed(given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded").body("api_key=" + KEY
                        + "&service_code=ktp-el&description=Antrean%20panjang%20%E2%80%94%20s%C3%A9kali"));
        assertThat(one(utf8).path("description").asText()).isEqualTo("Antrean panjang — sékali");

        // XML receipts: <service_requests><request>…</request></service_requests>.
        Document xml = xml(post(form("pengaduan-umum", "Toilet lantai 2 rusak"), "xml")
                .then().statusCode(200).contentType(startsWith("text/xml")).extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        String general = texts(xml, "service_request_id").get(0);
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + general).then().statusCode(200)
                .body("channel", equalTo("OPEN311"))
                .body("agencyCode", equalTo(null))
                .body("serviceCode", equalTo(null));
    }

    @Test
    void withoutAKeyWithAWrongOneOrWithAnotherMppsKeyPostingIs403InTheOpen311Format() {
        long before = complaints();
        assertError(given().formParam("service_code", "paspor-baru").formParam("description", "x")
                .post(V2 + "/requests.json"), "json", 403);
        assertError(given().formParam("api_key", "not-a-key").formParam("service_code", "paspor-baru")
                .formParam("description", "x").post(V2 + "/requests.xml"), "xml", 403);
        assertError(given().formParam("api_key", KEY).formParam("jurisdiction_id", "kota-batam")
                .formParam("service_code", "paspor-baru").formParam("description", "x").post(V2 + "/requests.json"),
                "json", 403);
        // The key may come in the query, as the spec's Swagger document has it.
        given().queryParam("api_key", KEY).formParam("service_code", "ktp-el").formParam("description", "Blanko habis")
                .post(V2 + "/requests.json").then().statusCode(200);
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void badFieldsAre400InTheOpen311FormatAndWriteNothing() {
        long before = complaints();
        assertError(post(form("tidak-ada", "Layanan tidak dikenal"), "json"), "json", 400);
        assertError(post(form("paspor-baru", " "), "xml"), "xml", 400);
        assertError(post(form("paspor-baru", "a".repeat(4001)), "json"), "json", 400);
        assertError(post(form("paspor-baru", "x").formParam("media_url", "ftp://example.id/a.jpg"), "json"), "json", 400);
        assertError(post(form("paspor-baru", "x").formParam("media_url", "https://example.id/" + "a".repeat(1990)),
                "json"), "json", 400);
        assertError(post(form("paspor-baru", "x").formParam("email", "bukan-email"), "xml"), "xml", 400);
        assertError(post(form("paspor-baru", "x").formParam("attribute[rahasia]", "mungkin"), "json"), "json", 400);
        assertError(post(form("paspor-baru", "x").formParam("lat", "91"), "json"), "json", 400);
        assertError(post(form("paspor-baru", "x\u0000y"), "json"), "json", 400);
        // A body that is not a form, and one with broken percent-encoding.
        assertError(given().contentType("application/json").body("{\"service_code\":\"paspor-baru\"}")
                .post(V2 + "/requests.json"), "json", 400);
        assertError(given().contentType("application/x-www-form-urlencoded")
                .body("api_key=" + KEY + "&service_code=paspor-baru&description=%zz").post(V2 + "/requests.xml"),
                "xml", 400);
        assertThat(complaints()).isEqualTo(before);

        // A bean-validation refusal lists each field in the spec's error list.
        JsonNode errors = Open311Schemas.read(post(form("paspor-baru", "x").formParam("email", "bukan-email")
                .formParam("media_url", "ftp://x"), "json").then().statusCode(400).extract().asString());
        assertThat(errors.findValuesAsText("description")).anyMatch(d -> d.startsWith("email: "))
                .anyMatch(d -> d.startsWith("media_url: "));
        // In the caller's language, whatever the Accept-Language header holds.
        assertThat(Open311Schemas.read(post(form("paspor-baru", "x").header("Accept-Language", "en")
                .formParam("email", "bukan-email"), "json").then().statusCode(400).extract().asString())
                .findValuesAsText("description")).containsExactly("email: must be a valid e-mail address");
        for (String language : List.of("-", "*;q=2", "en;q=abc", ";;;,,,")) {
            assertError(post(form("paspor-baru", "x").header("Accept-Language", language)
                    .formParam("email", "bukan-email"), "json"), "json", 400);
        }
    }

    // --- GET requests ---

    @Test
    void getRequestsDefaultsToTheLast90DaysAndAtMost1000NewestFirst() {
        String mpp = "uji-batas-" + ReadableCodes.random(6).toLowerCase(Locale.ROOT);
        String prefix = "ADU-20261201-" + ReadableCodes.random(3);
        sql("insert into complaint (tracking_id, channel, mpp_code, category, description, anonymous, confidential, "
                + "status, submitted_at, updated_at, version) select '" + prefix + "' || lpad(i::text, 5, '0'), 'WEB', '"
                + mpp + "', 'PENGADUAN', 'Uji batas ' || i, false, false, 'SUBMITTED', now() - i * interval '1 minute', "
                + "now() - i * interval '1 minute', 0 from generate_series(1, 1001) i");
        sql("insert into complaint (tracking_id, channel, mpp_code, category, description, anonymous, confidential, "
                + "status, submitted_at, updated_at, version) values ('" + prefix + "99999', 'WEB', '" + mpp
                + "', 'PENGADUAN', 'Lama', false, false, 'SUBMITTED', now() - interval '91 days', "
                + "now() - interval '91 days', 0)");

        String json = given().get(V2 + "/requests.json?jurisdiction_id=" + mpp).then().statusCode(200)
                .extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        List<String> ids = Open311Schemas.read(json).findValuesAsText("service_request_id");
        assertThat(ids).hasSize(1000).startsWith(prefix + "00001", prefix + "00002").endsWith(prefix + "01000")
                .doesNotContain(prefix + "01001", prefix + "99999");
        List<OffsetDateTime> times = Open311Schemas.read(json).findValuesAsText("requested_datetime").stream()
                .map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }
        Document xml = xml(given().get(V2 + "/requests.xml?jurisdiction_id=" + mpp).then().statusCode(200)
                .extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("request").getLength()).isEqualTo(1000);
    }

    @Test
    void getRequestsFiltersByIdsServiceDatesAndStatus() {
        String mpp = "uji-saring-" + ReadableCodes.random(6).toLowerCase(Locale.ROOT);
        String prefix = "ADU-20261202-" + ReadableCodes.random(4);
        insert(prefix + "0001", mpp, "ktp-el", "SUBMITTED", false, "now() - interval '1 hour'");
        insert(prefix + "0002", mpp, "ktp-el", "VERIFIED", false, "now() - interval '2 days'");
        insert(prefix + "0003", mpp, "ktp-el", "DISPOSITIONED", false, "now() - interval '10 days'");
        insert(prefix + "0004", mpp, null, "CLOSED", false, "now() - interval '20 days'");
        insert(prefix + "0005", mpp, null, "CLOSED", false, "now() - interval '30 days'");
        insert(prefix + "0006", mpp, "ktp-el", "SUBMITTED", true, "now() - interval '3 hours'");
        insert(prefix + "0007", mpp, "ktp-el", "SUBMITTED", false, "now() - interval '100 days'");
        // Rejected and archived (spam, merged duplicates) are not public, as on the MPP's public list.
        insert(prefix + "0008", mpp, "ktp-el", "REJECTED", false, "now() - interval '5 days'");
        insert(prefix + "0009", mpp, null, "ARCHIVED", false, "now() - interval '6 days'");
        String base = V2 + "/requests.json?jurisdiction_id=" + mpp;

        assertThat(ids(base)).containsExactly(prefix + "0001", prefix + "0002", prefix + "0003", prefix + "0004",
                prefix + "0005");
        assertThat(ids(base + "&status=open")).containsExactly(prefix + "0001", prefix + "0002", prefix + "0003");
        assertThat(ids(base + "&status=closed")).containsExactly(prefix + "0004", prefix + "0005");
        assertThat(ids(base + "&status=open,closed")).hasSize(5);
        assertThat(ids(base + "&service_code=ktp-el")).containsExactly(prefix + "0001", prefix + "0002", prefix + "0003");
        assertThat(ids(base + "&service_code=pengaduan-umum")).containsExactly(prefix + "0004", prefix + "0005");
        assertThat(ids(base + "&service_code=nib")).isEmpty();
        String day105 = OffsetDateTime.now().minusDays(105).toLocalDate().toString();
        String day95 = OffsetDateTime.now().minusDays(95).toLocalDate().toString();
        assertThat(ids(base + "&start_date=" + day105 + "&end_date=" + day95)).containsExactly(prefix + "0007");
        // From a start date alone: 90 days on from it.
        assertThat(ids(base + "&start_date=" + day105)).containsExactly(prefix + "0004", prefix + "0005",
                prefix + "0007");
        assertThat(ids(base + "&end_date=" + OffsetDateTime.now().plusMinutes(1).withNano(0))).hasSize(5);
        // Ids override the other filters; confidential requests stay hidden.
        assertThat(ids(base + "&status=closed&service_request_id=" + prefix + "0001," + prefix + "0006," + prefix
                + "0007," + prefix + "0008," + prefix + "0009")).containsExactly(prefix + "0001", prefix + "0007");

        assertError(given().get(base + "&status=pending"), "json", 400);
        assertError(given().get(base.replace(".json", ".xml") + "&start_date=kemarin"), "xml", 400);
        assertError(given().get(base + "&start_date=2026-01-01&end_date=2026-06-01"), "json", 400);
        assertError(given().get(base + "&start_date=2026-06-01&end_date=2026-01-01"), "json", 400);
        assertError(given().get(base + "&service_request_id=1%20OR%201%3D1"), "json", 400);
        assertError(given().get(base + "&service_code=%3Cscript%3E"), "json", 400);
    }

    @Test
    void statusesMapToOpenAndClosedWithTheSp4nLaporStageAndTheFollowUpInStatusNotes() {
        String handled = filed(form("paspor-baru", "Antrean paspor tidak bergerak"));
        JsonNode submitted = one(handled);
        assertThat(submitted.path("status").asText()).isEqualTo("open");
        assertThat(submitted.path("status_notes").asText()).startsWith("SP4N-LAPOR! SUBMITTED");
        assertThat(submitted.path("expected_datetime").asText()).matches(W3C).endsWith("+07:00");
        assertThat(submitted.path("requested_datetime").asText()).matches(W3C);
        assertThat(submitted.path("service_name").asText()).isEqualTo("Paspor baru");
        assertThat(submitted.has("agency_responsible")).isFalse();

        as(DemoUsers.MPP_ADMIN).body("{}").post("/complaints/" + handled + "/verify").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"note\": \"Mohon segera, pelapor Bu Siti\"}")
                .post("/complaints/" + handled + "/disposition").then().statusCode(200);
        JsonNode dispositioned = one(handled);
        assertThat(dispositioned.path("status").asText()).isEqualTo("open");
        assertThat(dispositioned.path("status_notes").asText()).startsWith("SP4N-LAPOR! DISPOSITIONED")
                .doesNotContain("Bu Siti");
        assertThat(dispositioned.path("agency_responsible").asText()).isEqualTo("imigrasi");

        as(DemoUsers.IMIGRASI_OFFICER)
                .body("{\"note\": \"Loket ditambah; info lanjut 0812-3456-7890 atau humas@imigrasi.example\"}")
                .post("/complaints/" + handled + "/respond").then().statusCode(200);
        JsonNode responded = one(handled);
        assertThat(responded.path("status").asText()).isEqualTo("open");
        assertThat(responded.path("status_notes").asText()).startsWith("SP4N-LAPOR! RESPONDED")
                .contains("Tindak lanjut instansi: Loket ditambah").doesNotContain("3456")
                .doesNotContain("humas@imigrasi.example");

        // Closed 10 working days later (the sweep's AUTO_CLOSE, here at once): closed, the follow-up still told.
        sql("update complaint set status = 'CLOSED', closure = 'AUTO_CLOSED', closed_at = now(), updated_at = now(), "
                + "due_stage = null, due_day = null, due_at = null where tracking_id = '" + handled + "'");
        sql("insert into complaint_history (tracking_id, at, action, from_status, to_status, actor_role) values ('"
                + handled + "', now(), 'AUTO_CLOSE', 'RESPONDED', 'CLOSED', 'SYSTEM')");
        JsonNode closed = one(handled);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("status_notes").asText()).startsWith("SP4N-LAPOR! CLOSED")
                .contains("Tindak lanjut instansi: Loket ditambah");
        assertThat(closed.has("expected_datetime")).isFalse();
        assertThat(ids(V2 + "/requests.json?status=closed")).contains(handled);
        assertThat(ids(V2 + "/requests.json?status=open")).doesNotContain(handled);

        String postponed = filed(form("pengaduan-umum", "Parkir penuh"));
        as(DemoUsers.MPP_ADMIN).body("{\"note\": \"Menunggu hasil rapat pengelola gedung\"}")
                .post("/complaints/" + postponed + "/postpone").then().statusCode(200);
        assertThat(one(postponed).path("status_notes").asText()).startsWith("SP4N-LAPOR! POSTPONED")
                .endsWith("Alasan penundaan: Menunggu hasil rapat pengelola gedung");

        String rejected = filed(form("pengaduan-umum", "Iklan pinjaman online"));
        as(DemoUsers.MPP_ADMIN).body("{\"note\": \"Spam\"}").post("/complaints/" + rejected + "/reject")
                .then().statusCode(200);
        assertError(given().get(V2 + "/requests/" + rejected + ".json"), "json", 404);
        assertThat(ids(V2 + "/requests.json?service_request_id=" + rejected)).isEmpty();
    }

    @Test
    void confidentialRequestsNeverAppearAndAnonymousOnesNeverShowTheReporter() {
        String confidential = filed(form("ktp-el", "Petugas meminta uang").formParam("attribute[rahasia]", "ya"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + confidential).then().statusCode(200)
                .body("confidential", equalTo(true));
        assertError(given().get(V2 + "/requests/" + confidential + ".json"), "json", 404);
        assertError(given().get(V2 + "/tokens/" + confidential + ".xml"), "xml", 404);
        assertThat(ids(V2 + "/requests.json?service_request_id=" + confidential)).isEmpty();
        assertThat(ids(V2 + "/requests.json")).doesNotContain(confidential);

        String anonymous = filed(form("ktp-el", "Antrean tidak tertib").formParam("attribute[anonim]", "ya")
                .formParam("first_name", "Budi").formParam("email", "budi@example.id"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + anonymous).then().statusCode(200)
                .body("anonymous", equalTo(true)).body("reporter", equalTo(null));
        String answer = given().get(V2 + "/requests/" + anonymous + ".json").then().statusCode(200)
                .extract().asString();
        assertThat(answer).doesNotContain("Budi").doesNotContain("budi@example.id");
    }

    @Test
    void noAnswerCarriesTheReporterAndPersonalDataInADescriptionIsMasked() {
        String id = filed(form("nib", "NIB belum terbit. Hubungi saya di 081298765432, NIK 1571015208900003")
                .formParam("first_name", "Siti").formParam("last_name", "Aminah")
                .formParam("email", "siti.aminah@example.id").formParam("phone", "081298765432"));
        List<String> answers = new ArrayList<>();
        for (String format : List.of("json", "xml")) {
            answers.add(given().get(V2 + "/requests/" + id + "." + format).then().statusCode(200).extract().asString());
            answers.add(given().get(V2 + "/requests." + format + "?service_request_id=" + id).then().statusCode(200)
                    .extract().asString());
            answers.add(given().get(V2 + "/requests." + format).then().statusCode(200).extract().asString());
        }
        for (String answer : answers) {
            assertThat(answer).doesNotContain("Aminah").doesNotContain("siti.aminah").doesNotContain("98765")
                    .doesNotContain("5208900").doesNotContain("first_name").doesNotContain("last_name")
                    .doesNotContain("\"email\"").doesNotContain("\"phone\"").doesNotContain("account_id")
                    .doesNotContain("\"lat\"").doesNotContain("\"long\"");
        }
        assertThat(one(id).path("description").asText()).contains("0812*****432").contains("1571**********03");
    }

    @Test
    void markupInADescriptionComesBackAsTextInJsonAndXml() {
        String markup = "<script>alert('x')</script> & <b>tebal</b>";
        String id = filed(form("paspor-baru", markup));
        String json = given().get(V2 + "/requests/" + id + ".json").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asString();
        assertThat(json).doesNotContain("<script>").doesNotContain("</script>").doesNotContain("<b>")
                .contains("\\u003Cscript\\u003E");
        assertThat(Open311Schemas.read(json).get(0).path("description").asText()).isEqualTo(markup);

        String xmlText = given().get(V2 + "/requests/" + id + ".xml").then().statusCode(200).extract().asString();
        assertThat(xmlText).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script");
        assertThat(texts(xml(xmlText), "description")).containsExactly(markup);
    }

    @Test
    void aTokenIsTheTrackingIdAndAnUnknownOneIs404() {
        String id = filed(form("ktp-el", "Antrean KTP-el penuh"));
        String json = given().get(V2 + "/tokens/" + id + ".json").then().statusCode(200).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.TOKEN_RESPONSES, json);
        assertThat(Open311Schemas.read(json).get(0).path("service_request_id").asText()).isEqualTo(id);
        assertThat(Open311Schemas.read(json).get(0).path("token").asText()).isEqualTo(id);
        Document xml = xml(given().get(V2 + "/tokens/" + id + ".xml").then().statusCode(200).extract().asString());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(texts(xml, "token")).containsExactly(id);

        assertError(given().get(V2 + "/tokens/ADU-20261206-0000ZZZZ.json"), "json", 404);
        assertError(given().get(V2 + "/tokens/bukan-token.xml"), "xml", 404);
        assertError(given().get(V2 + "/requests/ADU-20261206-0000ZZZZ.xml"), "xml", 404);
        // Another jurisdiction does not show kota-jambi's requests.
        assertError(given().get(V2 + "/requests/" + id + ".json?jurisdiction_id=kota-batam"), "json", 404);
    }

    @Test
    void everyJsonAnswerOfARequestIsValidAgainstTheOfficialSchemas() {
        String id = filed(form("penggantian-paspor", "Paspor lama hilang, loket menolak"));
        Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                given().get(V2 + "/requests/" + id + ".json").then().statusCode(200).extract().asString());
        Open311Schemas.assertValid(Open311Schemas.REQUESTS,
                given().get(V2 + "/requests.json").then().statusCode(200).extract().asString());
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, given().get(V2 + "/requests.json?status=open&service_code="
                + "penggantian-paspor").then().statusCode(200).extract().asString());
    }

    @Test
    void theSchemaCopiesAreTheOfficialOnes() throws Exception {
        Path official = RepoPaths.root().resolveSibling("shared").resolve("reference/open311-georeport-v2");
        Path copies = RepoPaths.root().resolve("complaint-service/src/test/resources/open311-georeport-v2");
        if (!Files.isDirectory(official)) {
            return; // the shared reference is not beside this checkout: the copies are all there is
        }
        try (Stream<Path> files = Files.list(official)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(copies.resolve(file.getFileName().toString())).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheFormOfPostRequests() {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        JsonNode document = Open311Schemas.read(given().port(management).get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        JsonNode post = document.path("paths").path("/open311/v2/requests.{format}").path("post");
        JsonNode form = post.path("requestBody").path("content").path("application/x-www-form-urlencoded");
        assertThat(form.isMissingNode()).as(post.toString()).isFalse();
        assertThat(document.path("paths").has("/open311/v2/requests/{service_request_id}.{format}")).isTrue();
    }

    @Test
    void theRestOfTheServiceStillAnswersProblems() {
        given().get("/complaints/ADU-20261206-0000ZZZZ").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get(V2 + "/services.html").then().statusCode(404);
    }

    // --- helpers ---

    private static RequestSpecification form(String serviceCode, String description) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", KEY).formParam("jurisdiction_id", "kota-jambi")
                .formParam("service_code", serviceCode).formParam("description", description);
    }

    private static Response post(RequestSpecification form, String format) {
        return form.post(V2 + "/requests." + format);
    }

    /** Files the request; answers its id. */
    private static String filed(RequestSpecification form) {
        String json = post(form, "json").then().statusCode(200).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUEST_RESPONSES, json);
        return Open311Schemas.read(json).get(0).path("service_request_id").asText();
    }

    /** GET requests/{id}.json, valid against the schema; its one request. */
    private static JsonNode one(String id) {
        String json = given().get(V2 + "/requests/" + id + ".json").then().statusCode(200).extract().asString();
        Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        JsonNode list = Open311Schemas.read(json);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    /** The ids a GET requests answers, valid against the schema (an empty list has nothing to check). */
    private static List<String> ids(String url) {
        String json = given().get(url).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        if (!"[]".equals(json)) {
            Open311Schemas.assertValid(Open311Schemas.REQUESTS, json);
        }
        return Open311Schemas.read(json).findValuesAsText("service_request_id");
    }

    /** The spec's error list: one error or more, each with the answer's status as code and a description. */
    private static void assertError(Response response, String format, int status) {
        response.then().statusCode(status).contentType(startsWith("json".equals(format) ? "application/json" : "text/xml"));
        String body = response.asString();
        if ("json".equals(format)) {
            JsonNode errors = Open311Schemas.read(body);
            assertThat(errors.isArray()).as(body).isTrue();
            assertThat(errors).isNotEmpty().allSatisfy(e -> {
                assertThat(e.path("code").isInt()).as(body).isTrue();
                assertThat(e.path("code").asInt()).isEqualTo(status);
                assertThat(e.path("description").asText()).isNotBlank();
            });
        } else {
            Document xml = xml(body);
            assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
            assertThat(children(xml.getDocumentElement())).isNotEmpty().allMatch(e -> e.getTagName().equals("error"));
            assertThat(texts(xml, "code")).isNotEmpty().allMatch(code -> code.equals(String.valueOf(status)));
            assertThat(texts(xml, "description")).isNotEmpty().allMatch(d -> !d.isBlank());
        }
    }

    private static void insert(String id, String mpp, String serviceCode, String status, boolean confidential,
                               String submittedAt) {
        sql("insert into complaint (tracking_id, channel, mpp_code, service_code, category, description, anonymous, "
                + "confidential, status, submitted_at, updated_at, version) values ('" + id + "', 'WEB', '" + mpp + "', "
                + (serviceCode == null ? "null" : "'" + serviceCode + "'") + ", 'PENGADUAN', 'Uji saring', false, "
                + confidential + ", '" + status + "', " + submittedAt + ", " + submittedAt + ", 0)");
    }

    private static void sql(String statement) {
        EmbeddedPostgresServer.shared().execute("complaint", statement);
    }

    private static long complaints() {
        try (var c = java.sql.DriverManager.getConnection(EmbeddedPostgresServer.shared().jdbcUrl("complaint"),
                EmbeddedPostgresServer.shared().username(), EmbeddedPostgresServer.shared().password());
             var rs = c.createStatement().executeQuery("select count(*) from complaint")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + text, e);
        }
    }

    private static List<String> texts(Document xml, String tag) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < xml.getElementsByTagName(tag).getLength(); i++) {
            texts.add(xml.getElementsByTagName(tag).item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
