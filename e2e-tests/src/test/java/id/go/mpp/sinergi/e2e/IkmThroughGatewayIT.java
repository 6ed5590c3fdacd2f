package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.TestUsers;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/**
 * The IKM through the gateway: a walk-in visitor without an account answers with the code printed on their ticket,
 * a citizen answers from the app, the figures are published (JSON, CSV, SVG, printable report), the walk-in's low
 * score reaches the agency as a complaint follow-up (another agency does not see it), and a rebuild from the Kafka
 * history gives the same figures.
 */
class IkmThroughGatewayIT {

    private static final String PERIOD = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Platform.shared().gateway.url();
    }

    @Test
    void servedVisitorsAnswerWithTheirTicketsCodeOrFromTheAppAndTheIkmIsPublishedAndRebuiltAlike() {
        long before = report().getLong("respondents");

        // A walk-in without an account, and a citizen with the app, are served at IMI-2.
        var walkIn = TestUsers.as(TestUsers.kiosk()).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\"}")
                .post("/api/v1/tickets").then().statusCode(201)
                .body("surveyCode", matchesPattern("[0-9A-Z]{5}-[0-9A-Z]{5}")).extract();
        var citizens = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"paspor-baru\"}")
                .post("/api/v1/tickets").then().statusCode(201).extract();
        serve(walkIn.path("id"), citizens.path("id"));
        String code = walkIn.path("surveyCode");

        // The walk-in opens the code printed on the ticket and answers: a low score for the waiting time.
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/survey-codes/" + code).statusCode(),
                status -> status == 200);
        given().get("/api/v1/survey-codes/" + code).then().statusCode(200)
                .body("agencyCode", equalTo("imigrasi")).body("counterCode", equalTo("IMI-2"));
        given().contentType("application/json")
                .body(answers("Menunggu dua jam padahal sudah ambil nomor pagi", 4, 3, 1, 4, 3, 3, 2, 3, 3))
                .post("/api/v1/survey-codes/" + code + "/response").then().statusCode(201)
                .body("status", equalTo("ANSWERED"));
        given().contentType("application/json").body(answers(null, 4, 4, 4, 4, 4, 4, 4, 4, 4))
                .post("/api/v1/survey-codes/" + code + "/response").then().statusCode(409)
                .contentType("application/problem+json");

        // The citizen finds the invitation in the app and answers it there.
        String visit = citizens.path("visitId");
        String invitation = await().atMost(Duration.ofSeconds(30)).until(() -> as(DemoUsers.CITIZEN)
                .get("/api/v1/me/survey-invitations").then().statusCode(200).extract()
                .<String>path("find { it.visitId == '" + visit + "' }.id"), id -> id != null);
        as(DemoUsers.CITIZEN).body(answers(null, 4, 4, 3, 4, 4, 4, 4, 4, 4))
                .post("/api/v1/survey-invitations/" + invitation + "/response").then().statusCode(200);

        // Published: the unit's figures count both, in JSON, CSV, SVG and the printable report.
        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(IkmThroughGatewayIT::report,
                r -> r.getLong("respondents") == before + 2);
        assertThat(report.getString("mutu")).isIn("A", "B", "C", "D");
        assertThat(report.getLong("population")).isGreaterThanOrEqualTo(report.getLong("respondents"));
        given().get("/api/v1/public/mpps/kota-jambi/ikm/units.csv?period=" + PERIOD).then().statusCode(200)
                .contentType(startsWith("text/csv")).body(containsString("paspor-baru"));
        given().get("/api/v1/public/mpps/kota-jambi/ikm/chart.svg?period=" + PERIOD
                        + "&agency=imigrasi&service=paspor-baru").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("<svg"));
        given().header("Accept-Language", "en").get("/api/v1/public/mpps/kota-jambi/ikm/report.html?period=" + PERIOD
                        + "&agency=imigrasi&service=paspor-baru").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString(report.getString("ikm")))
                .header("X-Content-Type-Options", "nosniff");

        // The walk-in's low score is a follow-up at imigrasi, linked to the ticket; dukcapil does not see it.
        String ticketNumber = walkIn.path("number");
        String followUp = await().atMost(Duration.ofSeconds(30)).until(() -> as(DemoUsers.IMIGRASI_OFFICER)
                .get("/api/v1/complaints?size=100").then().statusCode(200).extract()
                .<String>path("items.find { it.channel == 'SURVEY' && it.ticketNumber == '" + ticketNumber
                        + "' }.trackingId"), id -> id != null);
        as(DemoUsers.IMIGRASI_OFFICER).get("/api/v1/complaints/" + followUp).then().statusCode(200)
                .body("status", equalTo("DISPOSITIONED")).body("counterCode", equalTo("IMI-2"))
                .body("description", containsString("Menunggu dua jam"));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/api/v1/complaints/" + followUp).then().statusCode(404);

        // A rebuild from the topics changes nothing: the same figures.
        String figures = report().prettify();
        as(DemoUsers.MPP_ADMIN).post("/api/v1/ikm/rebuild").then().statusCode(202);
        JsonPath rebuilt = await().atMost(Duration.ofSeconds(60)).until(() -> as(DemoUsers.MPP_ADMIN)
                .get("/api/v1/ikm/rebuild").then().statusCode(200).extract().jsonPath(),
                r -> !"RUNNING".equals(r.getString("state")));
        assertThat(rebuilt.getString("state")).isEqualTo("DONE");
        assertThat(rebuilt.getLong("changedRows")).isZero();
        assertThat(report().prettify()).isEqualTo(figures);
    }

    private static void serve(String... tickets) {
        as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/counters/kota-jambi/IMI-2/open").then().statusCode(200);
        try {
            for (String ticket : tickets) {
                as(DemoUsers.IMIGRASI_OFFICER).body("{\"counterCode\": \"IMI-2\"}")
                        .post("/api/v1/tickets/" + ticket + "/call").then().statusCode(200);
                as(DemoUsers.IMIGRASI_OFFICER).body("{\"outcome\": \"SERVED\"}")
                        .post("/api/v1/tickets/" + ticket + "/complete").then().statusCode(200)
                        .body("surveyCode", matchesPattern("[0-9A-Z]{5}-[0-9A-Z]{5}"));
            }
        } finally {
            // An officer holds one counter: the other tests open theirs.
            as(DemoUsers.IMIGRASI_OFFICER).post("/api/v1/counters/kota-jambi/IMI-2/close");
        }
    }

    private static JsonPath report() {
        return given().get("/api/v1/public/mpps/kota-jambi/ikm?period=" + PERIOD + "&agency=imigrasi&service=paspor-baru")
                .then().statusCode(200).body("published", equalTo(true)).extract().jsonPath();
    }

    private static String answers(String comment, int... values) {
        String answers = IntStream.range(0, values.length)
                .mapToObj(i -> "{\"unsur\": " + (i + 1) + ", \"value\": " + values[i] + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"answers\": " + answers + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}";
    }
}
