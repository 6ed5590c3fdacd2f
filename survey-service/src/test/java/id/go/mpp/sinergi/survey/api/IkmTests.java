package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The IKM end to end inside survey-service: served tickets counted and invited, walk-ins answering by the code on
 * their ticket, the response event, the figures of the regulation from the daily aggregates, hiding, and a rebuild
 * from the topics that gives the same figures. Each test works in an MPP of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.SURVEY_EVENTS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KeycloakTestResource.class)
class IkmTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Inject
    AgroalDataSource database;

    private EventPublisher queueService;
    private String mpp;

    @BeforeEach
    void queueService() {
        queueService = new EventPublisher(KafkaTestResource.broker().bootstrapServers());
        mpp = "mpp-" + UUID.randomUUID().toString().substring(0, 8);
        at(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @AfterEach
    void close() {
        queueService.close();
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    void aWalkInAnswersOnceWithTheCodeOnTheirTicketWithoutAnAccount() {
        String code = served("imigrasi", "paspor-baru", DAY);

        given().get("/survey-codes/" + code).then().statusCode(200)
                .body("agencyCode", equalTo("imigrasi")).body("serviceCode", equalTo("paspor-baru"))
                .body("ticketNumber", equalTo("IMI-A-007")).body("serviceDate", equalTo("2026-11-20"));
        given().contentType("application/json").body(answers(4, 3, 3, 4, 3, 3, 4, 2, 3))
                .post("/survey-codes/" + code.toLowerCase().replace("-", "") + "/response")
                .then().statusCode(201).body("status", equalTo("ANSWERED"));

        given().header("Accept-Language", "en").contentType("application/json").body(answers(4, 4, 4, 4, 4, 4, 4, 4, 4))
                .post("/survey-codes/" + code + "/response").then().spec(problem(409))
                .body("code", equalTo("invitation-not-open"));
        given().header("Accept-Language", "en").get("/survey-codes/ZZZZZ-ZZZZZ").then().spec(problem(404))
                .body("detail", equalTo("Unknown survey code"));
    }

    @Test
    void anExpiredCodeIs410AndNothingIsWritten() {
        String code = served("imigrasi", "paspor-baru", DAY);
        at(Instant.parse("2026-11-20T08:00:00Z").plus(Duration.ofDays(8)));
        given().header("Accept-Language", "en").contentType("application/json").body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3))
                .post("/survey-codes/" + code + "/response").then().spec(problem(410))
                .body("code", equalTo("invitation-expired"));
        given().get("/survey-codes/" + code).then().spec(problem(410));
    }

    @Test
    void aBadProfileChoiceOrATooLongCommentIs400NamingTheField() {
        String code = served("imigrasi", "paspor-baru", DAY);
        given().header("Accept-Language", "en").contentType("application/json")
                .body(answers("{\"sex\": \"ALIEN\"}", null, 3, 3, 3, 3, 3, 3, 3, 3, 3))
                .post("/survey-codes/" + code + "/response").then().spec(problem(400))
                .body("errors[0].field", equalTo("profile.sex"));
        given().header("Accept-Language", "en").contentType("application/json")
                .body(answers(null, "x".repeat(2_001), 3, 3, 3, 3, 3, 3, 3, 3, 3))
                .post("/survey-codes/" + code + "/response").then().spec(problem(400))
                .body("errors[0].field", equalTo("comment"));
        given().get("/survey-codes/" + code).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void theResponseIsAnEventWithTheScoresAndTheTicketButNoOneWhoAnsweredAndTheCommentMasked() {
        String code = served("dukcapil", "ktp-el", DAY);
        given().contentType("application/json")
                .body(answers(null, "Petugas lambat, hubungi saya 0812-3456-7890", 2, 3, 3, 4, 3, 3, 1, 3, 3))
                .post("/survey-codes/" + code + "/response").then().statusCode(201);

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(),
                Topics.SURVEY_EVENTS)) {
            ReceivedEvent event = reader.await(e -> "id.go.mpp.survey.response-submitted.v1".equals(e.type())
                    && mpp.equals(e.json().path("mppCode").asText()), 1, Duration.ofSeconds(20)).get(0);
            assertThat(event.json().path("scores").toString()).isEqualTo("[2,3,3,4,3,3,1,3,3]");
            assertThat(event.json().path("agencyCode").asText()).isEqualTo("dukcapil");
            assertThat(event.json().path("counterCode").asText()).isEqualTo("LKT-1");
            assertThat(event.json().path("serviceDate").asText()).isEqualTo("2026-11-20");
            assertThat(event.json().path("comment").asText()).contains("0812*****890").doesNotContain("3456");
            assertThat(event.json().toString()).doesNotContain(code.replace("-", ""), "citizen");
        }
    }

    @Test
    void theIkmOfAUnitIsTheRegulationsFigureFromItsRespondentsWithTheSampleAgainstTheServedTickets() {
        // Hand computation (PermenPANRB 14/2017): two respondents; sums per unsur 7,6,7,8,6,6,8,5,6 = 59;
        // NRR U8 = 5/2 = 2.500 (the weakest); unit value = 59 / (2 × 9) = 3.2778; converted = 25 × 59 / 18 = 81.94
        // -> mutu B, "Baik". Three tickets were served: Krejcie-Morgan asks 3 respondents of 3, so 1 is missing.
        String first = served("imigrasi", "paspor-baru", DAY);
        String second = served("imigrasi", "paspor-baru", DAY);
        served("imigrasi", "paspor-baru", DAY);
        answer(first, "{\"sex\": \"PEREMPUAN\", \"education\": \"SMA\"}", 4, 3, 3, 4, 3, 3, 4, 2, 3);
        answer(second, null, 3, 3, 4, 4, 3, 3, 4, 3, 3);

        JsonPath report = await().atMost(Duration.ofSeconds(20)).until(() -> report("2026-11", "imigrasi",
                "paspor-baru"), r -> r.getLong("respondents") == 2);
        assertThat(report.getString("ikm")).isEqualTo("81.94");
        assertThat(report.getString("unitValue")).isEqualTo("3.2778");
        assertThat(report.getString("mutu")).isEqualTo("B");
        assertThat(report.getString("kinerja")).isEqualTo("Good");
        assertThat(report.getString("weakestUnsur")).isEqualTo("U8");
        assertThat(report.getDouble("unsur[7].nrr")).isEqualTo(2.5);
        assertThat(report.getLong("population")).isEqualTo(3);
        assertThat(report.getLong("sample.minimum")).isEqualTo(3);
        assertThat(report.getBoolean("sample.sufficient")).isFalse();
        assertThat(report.getLong("sample.missing")).isEqualTo(1);
        assertThat(report.getLong("profile.sex.PEREMPUAN")).isEqualTo(1);
        assertThat(report.getLong("profile.sex.notStated")).isEqualTo(1);

        // The agency and the MPP sum their services; another month has nobody.
        assertThat(report("2026-11", "imigrasi", null).getString("ikm")).isEqualTo("81.94");
        assertThat(report("2026-Q4", null, null).getString("ikm")).isEqualTo("81.94");
        JsonPath december = report("2026-12", "imigrasi", "paspor-baru");
        assertThat(december.getLong("respondents")).isZero();
        assertThat((Object) december.get("ikm")).isNull();
        given().get("/public/mpps/" + mpp + "/ikm/units?period=2026-11").then().statusCode(200)
                .body("", hasSize(3)).body("[2].serviceCode", equalTo("paspor-baru"));
        given().get("/public/mpps/" + mpp + "/ikm/trend?kind=MONTH&count=3&until=2026-12&agency=imigrasi")
                .then().statusCode(200).body("points.period", equalTo(List.of("2026-10", "2026-11", "2026-12")))
                .body("points[1].ikm", equalTo(81.94f)).body("points[2].ikm", nullValue());
    }

    @Test
    void aPeriodThatIsNoPeriodIs400NamingIt() {
        given().header("Accept-Language", "en").get("/public/mpps/" + mpp + "/ikm?period=2026-13").then()
                .spec(problem(400)).body("errors[0].field", equalTo("period"));
    }

    @Test
    void theMppAdminHidesAnAgencyUntilThePeriodIsOverAndOnlyTheirOwnMpp() {
        String other = mpp;
        mpp = "kota-jambi"; // the demo MPP admin's
        String agency = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        String code = served(agency, "kepesertaan", LocalDate.of(2026, 11, 2));
        answer(code, null, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> report("2026-11", agency, null)
                .getLong("respondents") == 1);

        as(DemoUsers.MPP_ADMIN).put("/mpps/" + other + "/ikm/embargoes/" + agency).then().spec(problem(404));
        as(DemoUsers.IMIGRASI_OFFICER).put("/mpps/kota-jambi/ikm/embargoes/" + agency).then().spec(problem(403));
        as(DemoUsers.MPP_ADMIN).put("/mpps/kota-jambi/ikm/embargoes/" + agency).then().statusCode(200)
                .body("agency", org.hamcrest.Matchers.hasItem(agency));
        try {
            // Hidden from the public while November runs; shown once it is over everywhere.
            JsonPath hidden = report("2026-11", agency, null);
            assertThat(hidden.getBoolean("published")).isFalse();
            assertThat((Object) hidden.get("ikm")).isNull();
            assertThat(report("2026-11", agency, "kepesertaan").getBoolean("published")).isFalse();
            at(Instant.parse("2026-12-01T00:30:00Z"));
            assertThat(report("2026-11", agency, null).getDouble("ikm")).isEqualTo(75.0);
        } finally {
            as(DemoUsers.MPP_ADMIN).delete("/mpps/kota-jambi/ikm/embargoes/" + agency).then().statusCode(200);
        }
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameFiguresAndRepairsLostAggregates() throws Exception {
        String code = served("samsat", "pajak-kendaraan", DAY);
        served("samsat", "pajak-kendaraan", DAY);
        answer(code, "{\"occupation\": \"WIRAUSAHA\"}", 4, 4, 3, 2, 4, 4, 4, 3, 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> report("2026-11", "samsat", null)
                .getLong("respondents") == 1);
        String before = report("2026-11", "samsat", null).prettify();

        JsonPath done = rebuild();
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getLong("changedRows")).isZero();
        assertThat(report("2026-11", "samsat", null).prettify()).isEqualTo(before);

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from ikm_day where mpp_code = '" + mpp + "'");
            s.executeUpdate("update served_day set served = 99 where mpp_code = '" + mpp + "'");
        }
        assertThat(rebuild().getLong("changedRows")).isPositive();
        assertThat(report("2026-11", "samsat", null).prettify()).isEqualTo(before);
    }

    private JsonPath rebuild() {
        as(DemoUsers.MPP_ADMIN).post("/ikm/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        return await().atMost(Duration.ofSeconds(60)).until(() -> as(DemoUsers.MPP_ADMIN).get("/ikm/rebuild")
                .then().statusCode(200).extract().jsonPath(), r -> !"RUNNING".equals(r.getString("state")));
    }

    private JsonPath report(String period, String agency, String service) {
        return given().header("Accept-Language", "en").get("/public/mpps/" + mpp + "/ikm?period=" + period
                        + (agency == null ? "" : "&agency=" + agency) + (service == null ? "" : "&service=" + service))
                .then().statusCode(200).extract().jsonPath();
    }

    private String served(String agency, String service, LocalDate day) {
        return WalkIns.served(queueService, mpp, agency, service, agency.equals("dukcapil") ? "LKT-1" : "IMI-1", day);
    }

    private static void answer(String code, String profile, int... values) {
        WalkIns.answer(code, profile, values);
    }

    private static String answers(int... values) {
        return WalkIns.answers(null, null, values);
    }

    private static String answers(String profile, String comment, int... values) {
        return WalkIns.answers(profile, comment, values);
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
