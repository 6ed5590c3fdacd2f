package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.ComplaintTestTopics;
import id.go.mpp.sinergi.complaint.app.duplicates.DuplicateSuggestions;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a member of the public sees of an MPP's complaints (the list and the statistics, without login), against
 * what the MPP admin sees; and the likely duplicates the admin is shown at triage. Every complaint here is filed at
 * a moment of its own in 2027 (a fixed clock), or at an MPP made up for the test, so that the figures are exact
 * although other tests in this JVM file complaints at kota-jambi too.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = ComplaintTestTopics.ALL))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class PublicComplaintsResourceTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String NO_SNIFF = "X-Content-Type-Options";

    @Inject
    DuplicateSuggestions suggestions;

    // ---- the public list ------------------------------------------------------------------------------------------

    @Test
    void theMemberOfThePublicSeesNeitherConfidentialNorArchivedNorRejectedComplaintsThatTheAdminSees() {
        Instant since = wib("2027-06-14T10:00");
        at(since);
        String open = file("imigrasi", "Antrean paspor tidak bergerak satu jam", false);
        String confidential = file("imigrasi", "Petugas meminta uang tambahan untuk paspor kilat", true);
        String spam = file("imigrasi", "Promo pinjaman online bunga rendah hubungi kami", false);
        String notAComplaint = file("imigrasi", "Tes tes tes", false);
        at(wib("2027-06-14T11:00"));
        admin(spam, "archive", "{\"note\": \"spam\"}").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        admin(notAComplaint, "reject", "{\"note\": \"bukan pengaduan\"}").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        List<Map<String, Object>> listed = publicListSince("kota-jambi", since);

        assertThat(listed).extracting(item -> item.get("trackingId"))
                .contains(open).doesNotContain(confidential, spam, notAComplaint);
        Map<String, Object> item = listed.stream().filter(i -> open.equals(i.get("trackingId"))).findFirst()
                .orElseThrow();
        assertThat(item).containsEntry("category", "PENGADUAN").containsEntry("status", "SUBMITTED")
                .containsEntry("agencyCode", "imigrasi").containsEntry("submittedAt", since.toString())
                .containsEntry("updatedAt", since.toString()).containsEntry("dueDay", "2027-06-17")
                .containsEntry("description", "Antrean paspor tidak bergerak satu jam");
        assertThat(item).as("nothing about the reporter or how they reached us")
                .doesNotContainKeys("reporter", "anonymous", "confidential", "channel", "ticketNumber",
                        "counterCode", "visitId");

        // The MPP admin sees all four.
        for (String id : List.of(open, confidential, spam, notAComplaint)) {
            as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200).body("trackingId", equalTo(id));
        }
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + confidential).then().body("confidential", equalTo(true));
    }

    @Test
    void htmlAndScriptInADescriptionComeBackAsTheSameJsonStringUnderNosniff() {
        Instant since = wib("2027-06-15T10:00");
        at(since);
        String markup = "<script>alert(1)</script><b>x</b>";
        String id = file("imigrasi", markup, false);

        Response page = given().queryParam("size", 100).get("/public/mpps/kota-jambi/complaints");

        page.then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .header(NO_SNIFF, equalTo("nosniff"));
        assertThat(publicListSince("kota-jambi", since)).filteredOn(i -> id.equals(i.get("trackingId")))
                .singleElement().satisfies(i -> assertThat(i.get("description")).isEqualTo(markup));
        assertThat(page.asString()).as("the very characters, as a JSON string: not stripped, not escaped into entities")
                .contains("\"description\":\"" + markup + "\"");
        // Refusals of the public endpoints carry the header too.
        given().queryParam("size", 101).get("/public/mpps/kota-jambi/complaints").then().spec(problem(400))
                .header(NO_SNIFF, equalTo("nosniff"));
    }

    @Test
    void niksPhoneNumbersAndEmailAddressesInAPublicDescriptionAreMaskedWhileTheAdminReadsThemWhole() {
        Instant since = wib("2027-06-16T10:00");
        at(since);
        String text = "Atas nama NIK 1571015208900003, hubungi 0812-3456-7890 atau +62 21 5550 1234 atau"
                + " budi.santoso@contoh.co.id. Biaya Rp 50.000";
        String id = file("imigrasi", text, false);

        String shown = (String) publicListSince("kota-jambi", since).stream()
                .filter(i -> id.equals(i.get("trackingId"))).findFirst().orElseThrow().get("description");

        assertThat(shown)
                .contains("NIK 1571**********03", "hubungi 0812*****890", "atau ***@***.", "Biaya Rp 50.000")
                .doesNotContain("1571015208900003", "3456", "5550 1234", "budi.santoso", "contoh.co.id");
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + id).then().statusCode(200).body("description", equalTo(text));
    }

    @Test
    void keysetPagesRunThroughTheListNewestFirstWithoutRepeatsOrGaps() {
        String mpp = "mpp-uji-halaman";
        List<String> filed = new ArrayList<>();
        // Three complaints filed in the same microsecond, two in the next, two later: ties are broken by tracking id.
        at(wib("2027-06-17T10:00"));
        for (int i = 0; i < 3; i++) {
            filed.add(fileAt(mpp, "Keluhan serentak " + i, false));
        }
        at(wib("2027-06-17T10:05"));
        filed.add(fileAt(mpp, "Keluhan kedua a", false));
        String confidential = fileAt(mpp, "Keluhan rahasia", true);
        filed.add(fileAt(mpp, "Keluhan kedua b", false));
        at(wib("2027-06-18T09:00"));
        filed.add(fileAt(mpp, "Keluhan ketiga a", false));
        filed.add(fileAt(mpp, "Keluhan ketiga b", false));
        List<String> expected = filed.stream().map(id -> Map.entry(id, submittedAt(id)))
                .sorted(Comparator.<Map.Entry<String, Instant>, Instant>comparing(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();

        List<String> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/public/mpps/" + mpp + "/complaints").then().statusCode(200)
                    .body("mppCode", equalTo(mpp)).extract().jsonPath();
            List<String> ids = page.getList("items.trackingId");
            paged.addAll(ids);
            sizes.add(ids.size());
            cursor = page.getString("next");
        } while (cursor != null);

        assertThat(paged).as("every public complaint once, newest first").containsExactlyElementsOf(expected)
                .doesNotContain(confidential);
        assertThat(sizes).containsExactly(2, 2, 2, 1);
        assertThat(new HashSet<>(paged)).hasSize(7);
        given().get("/public/mpps/" + mpp + "/complaints?size=100").then().statusCode(200)
                .body("items.trackingId", equalTo(expected)).body("next", nullValue());
        given().get("/public/mpps/" + mpp + "/complaints?size=3&cursor=not-a-cursor").then().statusCode(200)
                .body("items.trackingId", equalTo(expected.subList(0, 3)));
        given().get("/public/mpps/mpp-tanpa-pengaduan/complaints").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("next", nullValue());
        given().get("/public/mpps/" + mpp + "/complaints?size=0").then().spec(problem(400));
        given().get("/public/mpps/Not_An_Mpp/complaints").then().spec(problem(400));
    }

    // ---- the statistics -------------------------------------------------------------------------------------------

    /**
     * March 2027 at kota-jambi (WIB): Nyepi on Monday 8, Idul Fitri on Wednesday 10 and Thursday 11.
     * imigrasi: A answered in 2 working days, B in 6 (late), C in 1 and, reopened, again in 2 (counted from the
     * reopening); dukcapil: D in 3; triage: E verified, F rejected, G confidential, H filed at 23:30 on 31 March.
     * Not counted: a complaint of 26 February and one of 00:30 on 1 April (17:30 UTC on 31 March).
     */
    @Test
    void theStatisticsOfAMonthCountPerAgencyInWorkingDaysOfTheMppsCalendar() {
        at(wib("2027-02-26T10:00"));
        file("imigrasi", "Statistik: sebelum periode", false);

        at(wib("2027-03-01T09:00"));
        String a = file("imigrasi", "Statistik A: paspor belum jadi", false);
        at(wib("2027-03-01T09:10"));
        String b = file("imigrasi", "Statistik B: loket tutup lebih awal", false);
        at(wib("2027-03-01T09:20"));
        String d = file("dukcapil", "Statistik D: blanko KTP habis", false);
        at(wib("2027-03-01T09:30"));
        verify(a);
        verify(b);
        verify(d);
        at(wib("2027-03-01T10:00"));
        disposition(d, "dukcapil");
        at(wib("2027-03-02T09:00"));
        String c = file("imigrasi", "Statistik C: antrean dilompati", false);
        at(wib("2027-03-02T09:30"));
        verify(c);
        at(wib("2027-03-02T10:00"));
        disposition(a, "imigrasi");
        at(wib("2027-03-03T09:00"));
        String e = file("imigrasi", "Statistik E: menunggu disposisi", false);
        at(wib("2027-03-03T09:10"));
        String f = file(null, "Statistik F: iklan", false);
        at(wib("2027-03-03T09:30"));
        verify(e);
        admin(f, "reject", "{\"note\": \"bukan pengaduan\"}").then().statusCode(200);
        at(wib("2027-03-03T10:00"));
        disposition(b, "imigrasi");
        at(wib("2027-03-04T09:00"));
        file("imigrasi", "Statistik G: rahasia", true);
        at(wib("2027-03-04T10:00"));
        respond(DemoUsers.IMIGRASI_OFFICER, a);
        respond(DemoUsers.DUKCAPIL_OFFICER, d);
        at(wib("2027-03-05T10:00"));
        disposition(c, "imigrasi");
        at(wib("2027-03-09T10:00"));
        respond(DemoUsers.IMIGRASI_OFFICER, c);
        at(wib("2027-03-12T10:00"));
        as(DemoUsers.CITIZEN).body("{\"note\": \"Belum selesai\"}").post("/complaints/" + c + "/reopen")
                .then().statusCode(200).body("status", equalTo("DISPOSITIONED"));
        at(wib("2027-03-16T10:00"));
        respond(DemoUsers.IMIGRASI_OFFICER, b);
        at(wib("2027-03-16T11:00"));
        respond(DemoUsers.IMIGRASI_OFFICER, c);
        at(wib("2027-03-31T23:30"));
        file(null, "Statistik H: akhir bulan", false);
        at(Instant.parse("2027-03-31T17:30:00Z"));
        file(null, "Statistik I: awal April", false);

        as(DemoUsers.MPP_ADMIN).get("/complaints/" + b).then().body("respondedAt", equalTo(wib("2027-03-16T10:00")
                .toString()));
        given().get("/public/mpps/kota-jambi/complaint-statistics?from=2027-03-01&to=2027-03-31").then()
                .statusCode(200)
                .header(NO_SNIFF, equalTo("nosniff"))
                .body("mppCode", equalTo("kota-jambi"))
                .body("from", equalTo("2027-03-01"))
                .body("to", equalTo("2027-03-31"))
                .body("timeZone", equalTo("WIB"))
                .body("agencies.agencyCode", equalTo(Arrays.asList("dukcapil", "imigrasi", null)))
                .body("agencies[0].received", equalTo(1))
                .body("agencies[0].verified", equalTo(1))
                .body("agencies[0].responded", equalTo(1))
                .body("agencies[0].respondedInTime", equalTo(1))
                .body("agencies[0].respondedInTimeShare", equalTo(1.0f))
                .body("agencies[0].medianWorkingDaysToFollowUp", equalTo(3.0f))
                .body("agencies[0].reopened", equalTo(0))
                .body("agencies[1].received", equalTo(3))
                .body("agencies[1].verified", equalTo(3))
                .body("agencies[1].responded", equalTo(3))
                .body("agencies[1].respondedInTime", equalTo(2))
                .body("agencies[1].respondedInTimeShare", equalTo(0.667f))
                .body("agencies[1].medianWorkingDaysToFollowUp", equalTo(2.0f))
                .body("agencies[1].reopened", equalTo(1))
                .body("agencies[2].received", equalTo(4))
                .body("agencies[2].verified", equalTo(1))
                .body("agencies[2].responded", equalTo(0))
                .body("agencies[2].respondedInTimeShare", nullValue())
                .body("agencies[2].medianWorkingDaysToFollowUp", nullValue())
                .body("total.received", equalTo(8))
                .body("total.verified", equalTo(5))
                .body("total.responded", equalTo(4))
                .body("total.respondedInTime", equalTo(3))
                .body("total.respondedInTimeShare", equalTo(0.75f))
                .body("total.medianWorkingDaysToFollowUp", equalTo(2.5f))
                .body("total.reopened", equalTo(1));

        // Without a period: the current month in the MPP's zone (31 March at 23:59 WIB is still March).
        at(wib("2027-03-31T23:59"));
        given().get("/public/mpps/kota-jambi/complaint-statistics").then().statusCode(200)
                .body("from", equalTo("2027-03-01")).body("to", equalTo("2027-03-31"))
                .body("total.received", equalTo(8));
        given().get("/public/mpps/kota-jambi/complaint-statistics?from=2027-02-01&to=2027-02-28").then()
                .statusCode(200).body("total.received", equalTo(1)).body("agencies.agencyCode", equalTo(
                        Arrays.asList((String) null)));
    }

    @Test
    void aPeriodThatIsNoPeriodIs400NamingTheField() {
        String url = "/public/mpps/kota-jambi/complaint-statistics";
        expectField(given().header("Accept-Language", "en").get(url + "?from=2027-02-30"), "from",
                "is not a calendar day (YYYY-MM-DD)");
        expectField(given().get(url + "?from=99999-01-01"), "from", null);
        expectField(given().get(url + "?from=1-1-2027"), "from", null);
        expectField(given().get(url + "?from=2027-03-01&to=yesterday"), "to", null);
        expectField(given().get(url + "?from=2027-03-01&to=2027-02-28"), "to", null);
        expectField(given().header("Accept-Language", "en").get(url + "?from=2026-01-01&to=2027-01-02"), "to",
                "the period is at most 366 days long");
        expectField(given().get(url + "?from=1900-01-01&to=1900-01-31"), "from", null);
        expectField(given().get(url + "?from=2100-12-01&to=2101-01-01"), "to", null);
        given().get(url + "?from=2028-01-01&to=2028-12-31").then().statusCode(200)
                .body("total.received", equalTo(0)).body("total.medianWorkingDaysToFollowUp", nullValue());
    }

    // ---- likely duplicates ----------------------------------------------------------------------------------------

    @Test
    void theAdminIsShownANearIdenticalComplaintAboutTheSameAgencyAndNotAnUnrelatedOne() {
        at(wib("2027-07-05T10:00"));
        String first = file("imigrasi", "Loket paspor imigrasi tutup jam 11 siang padahal jadwal layanan sampai jam 15",
                false);
        String unrelated = file("imigrasi", "Toilet di lantai dua kotor dan tidak ada air sama sekali", false);
        String otherAgency = file("dukcapil", "Loket paspor imigrasi tutup jam 11 siang padahal jadwal layanan "
                + "sampai jam 15", false);
        at(wib("2027-07-06T08:00"));
        String again = file("imigrasi", "Loket paspor Imigrasi sudah tutup jam 11 siang, padahal jadwal layanannya "
                + "sampai jam 15!", false);
        at(wib("2027-07-12T08:00"));
        String weekLater = file("imigrasi", "Loket paspor imigrasi tutup jam 11 siang padahal jadwal layanan sampai "
                + "jam 15", false);

        as(DemoUsers.MPP_ADMIN).get("/complaints/" + again + "/duplicates").then().statusCode(200)
                .body("trackingId", equalTo(List.of(first)))
                .body("[0].agencyCode", equalTo("imigrasi"))
                .body("[0].description", startsWith("Loket paspor imigrasi tutup"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + unrelated + "/duplicates").then().statusCode(200)
                .body("size()", equalTo(0));
        // The same text about another agency, or a week later, is another matter.
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + otherAgency + "/duplicates").then().statusCode(200)
                .body("size()", equalTo(0));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + weekLater + "/duplicates").then().statusCode(200)
                .body("size()", equalTo(0));

        // The reporter of the complaint sees it, but may not see other people's: 403; staff who do not see it: 404.
        as(DemoUsers.CITIZEN).get("/complaints/" + again + "/duplicates").then().spec(problem(403));
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + again + "/duplicates").then().spec(problem(404));
        given().get("/complaints/" + again + "/duplicates").then().spec(problem(401));
        as(DemoUsers.MPP_ADMIN).get("/complaints/ADU-20270706-ZZZZZZZZ/duplicates").then().spec(problem(404));

        // Dispositioned to imigrasi, its officers see it: 403.
        at(wib("2027-07-06T09:00"));
        verify(again);
        disposition(again, "imigrasi");
        as(DemoUsers.IMIGRASI_OFFICER).get("/complaints/" + again + "/duplicates").then().spec(problem(403));

        // Merged, the first one is archived: no longer a candidate.
        admin(first, "archive", "{\"note\": \"sama dengan " + again + "\", \"mergedInto\": \"" + again + "\"}")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as(DemoUsers.MPP_ADMIN).get("/complaints/" + again + "/duplicates").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void atIntakeTheReporterIsOfferedOnlyWhatThePublicListShows() throws Throwable {
        at(wib("2027-07-19T10:00"));
        String text = "Mesin antrean di lobi mati sejak pagi sehingga nomor antrean tidak bisa diambil";
        String listed = file("imigrasi", text, false);
        String confidential = file("imigrasi", text + " sama sekali", true);
        at(wib("2027-07-19T11:00"));
        String filed = file("imigrasi", text + " hari ini", false);

        List<String> forAdmin = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> Complaint.<Complaint>findById(filed).chain(c -> suggestions.suggest(c))));
        List<String> forReporter = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> Complaint.<Complaint>findById(filed).chain(c -> suggestions.suggestPublic(c))));

        assertThat(forAdmin).containsExactlyInAnyOrder(listed, confidential);
        assertThat(forReporter).containsExactly(listed);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    /** A complaint of the demo citizen at kota-jambi about {@code agency} (null: none named). */
    private static String file(String agency, String description, boolean confidential) {
        return fileAt("kota-jambi", agency, description, confidential);
    }

    private static String fileAt(String mpp, String description, boolean confidential) {
        return fileAt(mpp, null, description, confidential);
    }

    private static String fileAt(String mpp, String agency, String description, boolean confidential) {
        Map<String, Object> body = new HashMap<>(Map.of("category", "PENGADUAN",
                "description", description, "mppCode", mpp, "confidential", confidential));
        if (agency != null) {
            body.put("agencyCode", agency);
        }
        return as(DemoUsers.CITIZEN).body(body).post("/complaints").then().statusCode(201)
                .extract().path("trackingId");
    }

    private static Instant submittedAt(String trackingId) {
        return Instant.parse(as(DemoUsers.CITIZEN).get("/complaints/" + trackingId).then().statusCode(200)
                .extract().path("submittedAt"));
    }

    private static Response admin(String trackingId, String action, String body) {
        return as(DemoUsers.MPP_ADMIN).body(body).post("/complaints/" + trackingId + "/" + action);
    }

    private static void verify(String trackingId) {
        admin(trackingId, "verify", "{}").then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    private static void disposition(String trackingId, String agency) {
        admin(trackingId, "disposition", "{\"agencyCode\": \"" + agency + "\"}").then().statusCode(200)
                .body("status", equalTo("DISPOSITIONED"));
    }

    private static void respond(DemoUsers officer, String trackingId) {
        as(officer).body("{\"note\": \"Sudah ditindaklanjuti\"}").post("/complaints/" + trackingId + "/respond")
                .then().statusCode(200).body("status", equalTo("RESPONDED"));
    }

    /** The public list of {@code mpp} from the newest down to the complaints filed at {@code since}. */
    private static List<Map<String, Object>> publicListSince(String mpp, Instant since) {
        List<Map<String, Object>> items = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("size", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/public/mpps/" + mpp + "/complaints").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (Instant.parse((String) item.get("submittedAt")).isBefore(since)) {
                    return items;
                }
                assertThat(seen.add(item.get("trackingId"))).as("listed once: %s", item).isTrue();
                items.add(item);
            }
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    private static void expectField(Response response, String field, String message) {
        var then = response.then().spec(problem(400)).body("errors[0].field", equalTo(field))
                .header(NO_SNIFF, equalTo("nosniff"));
        if (message != null) {
            then.body("errors[0].message", equalTo(message));
        }
    }
}
