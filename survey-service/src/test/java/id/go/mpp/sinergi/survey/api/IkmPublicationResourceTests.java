package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.survey.api.ikm.IkmCharts;
import id.go.mpp.sinergi.survey.api.ikm.SkmReportPage;
import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import id.go.mpp.sinergi.survey.app.ikm.IkmTrendView;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The published IKM as CSV, SVG and the printable HTML report, read without login after walk-ins answered by the
 * code on their ticket. The figures are IkmTests' hand computation: two respondents (4,3,3,4,3,3,4,2,3 and
 * 3,3,4,4,3,3,4,3,3) give NRR U1 3.500 … U8 2.500, unit value 3.2778, IKM 81.94, mutu B. Each test works in an MPP of
 * its own (the embargo one in the demo MPP admin's kota-jambi, with an agency of its own).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.SURVEY_EVENTS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KeycloakTestResource.class)
class IkmPublicationResourceTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String MARKUP = "<script>alert(1)</script>";

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
    void theCsvOfAPeriodHasAHeaderAndOneRowPerUnitWithTheRegulationsFigures() throws Exception {
        twoRespondentsOfThreeServed();

        ExtractableResponse<Response> answer = given().header("Accept-Language", "en")
                .get("/public/mpps/" + mpp + "/ikm/units.csv?period=2026-11").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Type", org.hamcrest.Matchers.containsStringIgnoringCase("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"ikm-" + mpp + "-2026-11.csv\""))
                .header("X-Content-Type-Options", equalTo("nosniff")).extract();
        List<CSVRecord> rows = csv(answer.asString());

        assertThat(rows).extracting(r -> r.get("agency") + "/" + r.get("service"))
                .containsExactly("/", "imigrasi/", "imigrasi/paspor-baru");
        for (CSVRecord row : rows) {
            assertThat(row.get("mpp")).isEqualTo(mpp);
            assertThat(row.get("period")).isEqualTo("2026-11");
            assertThat(row.get("published")).isEqualTo("true");
            assertThat(row.get("respondents")).isEqualTo("2");
            assertThat(row.get("population")).isEqualTo("3");
            assertThat(row.get("sample_minimum")).isEqualTo("3");
            assertThat(row.get("sample_sufficient")).isEqualTo("false");
            assertThat(row.get("sample_missing")).isEqualTo("1");
            assertThat(IntStream.rangeClosed(1, 9).mapToObj(i -> row.get("U" + i + "_nrr")).toList())
                    .containsExactly("3.500", "3.000", "3.500", "4.000", "3.000", "3.000", "4.000", "2.500", "3.000");
            assertThat(row.get("unit_value")).isEqualTo("3.2778");
            assertThat(row.get("ikm")).isEqualTo("81.94");
            assertThat(row.get("mutu")).isEqualTo("B");
            assertThat(row.get("kinerja")).isEqualTo("Good");
            assertThat(row.get("weakest_unsur")).isEqualTo("U8");
        }

        List<CSVRecord> indonesian = csv(given().get("/public/mpps/" + mpp + "/ikm/units.csv?period=2026-11")
                .then().statusCode(200).extract().asString());
        assertThat(indonesian.get(2).get("kinerja")).isEqualTo("Baik");
        assertThat(indonesian.get(2).get("period_label")).isEqualTo("November 2026");
        assertThat(indonesian.get(2).get("weakest_unsur_name")).isEqualTo("Penanganan Pengaduan, Saran dan Masukan");
    }

    @Test
    void theChartOfAUnitIsWellFormedSvgWithNineBarsTheBandLimitsAndATitle() throws Exception {
        twoRespondentsOfThreeServed();

        String svg = given().header("Accept-Language", "en")
                .get("/public/mpps/" + mpp + "/ikm/chart.svg?period=2026-11&agency=imigrasi&service=paspor-baru")
                .then().statusCode(200).header("Content-Type", startsWith("image/svg+xml"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", startsWith("default-src 'none'")).extract().asString();
        Document chart = xml(svg);

        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(attributes(chart, "//*[local-name()='rect'][@class='bar']", "data-nrr"))
                .containsExactly("3.500", "3.000", "3.500", "4.000", "3.000", "3.000", "4.000", "2.500", "3.000");
        assertThat(attributes(chart, "//*[local-name()='line'][@class='band']", "data-limit"))
                .containsExactly("3.5324", "3.0644", "2.60");
        String title = text(chart, "/*[local-name()='svg']/*[local-name()='title']");
        assertThat(title).contains(mpp, "imigrasi", "paspor-baru");
        assertThat(text(chart, "/*[local-name()='svg']/*[local-name()='desc']"))
                .contains("November 2026", "IKM 81.94", "quality B (Good)");
        assertThat(svg).contains("Handling of complaints, suggestions and feedback").doesNotContain("<script");

        String nobody = given().get("/public/mpps/" + mpp + "/ikm/chart.svg?period=2026-12&agency=imigrasi")
                .then().statusCode(200).extract().asString();
        assertThat(count(xml(nobody), "//*[local-name()='rect'][@class='bar']")).isZero();
        assertThat(nobody).contains("Belum ada responden pada periode ini.");
    }

    @Test
    void theTrendIsALineOfTheConvertedIkmBrokenWhereNobodyAnsweredWithTheBandLimits() throws Exception {
        twoRespondentsOfThreeServed();
        answer(served("imigrasi", "paspor-baru", LocalDate.of(2026, 10, 15)), null, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/public/mpps/" + mpp + "/ikm?period=2026-10&agency=imigrasi").then().statusCode(200)
                .extract().jsonPath().getLong("respondents") == 1);

        String svg = given().header("Accept-Language", "en").get("/public/mpps/" + mpp
                        + "/ikm/trend.svg?kind=MONTH&count=4&until=2026-12&agency=imigrasi")
                .then().statusCode(200).header("Content-Type", startsWith("image/svg+xml"))
                .header("X-Content-Type-Options", equalTo("nosniff")).extract().asString();
        Document trend = xml(svg);

        assertThat(attributes(trend, "//*[local-name()='circle'][@class='point']", "data-period"))
                .containsExactly("2026-10", "2026-11");
        assertThat(attributes(trend, "//*[local-name()='circle'][@class='point']", "data-ikm"))
                .containsExactly("75.00", "81.94");
        assertThat(count(trend, "//*[local-name()='circle'][@class='gap']")).isEqualTo(2);
        assertThat(count(trend, "//*[local-name()='polyline'][@class='trend']")).isEqualTo(1);
        assertThat(attributes(trend, "//*[local-name()='line'][@class='band']", "data-limit"))
                .containsExactly("88.31", "76.61", "65.00");
        assertThat(svg).contains(">2026-09<", ">2026-12<", "Monthly");
    }

    @Test
    void theReportIsAPrintablePageWithTheAnnexTableAndTheResultInTheRequestedLanguage() {
        twoRespondentsOfThreeServed();

        String english = given().header("Accept-Language", "en")
                .get("/public/mpps/" + mpp + "/ikm/report.html?period=2026-11&agency=imigrasi&service=paspor-baru")
                .then().statusCode(200).header("Content-Type", startsWith("text/html"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", startsWith("default-src 'none'")).extract().asString();

        assertThat(english).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "@media print")
                .doesNotContain("<script");
        assertThat(english).contains(
                "<tr data-unsur=\"U1\"><td class=\"n\">1</td><td>Requirements</td><td class=\"n\">7</td>"
                        + "<td class=\"n\">3.500</td><td class=\"n\">0.3889</td><td>B</td></tr>",
                "<tr data-unsur=\"U8\"><td class=\"n\">8</td><td>Handling of complaints, suggestions and feedback</td>"
                        + "<td class=\"n\">5</td><td class=\"n\">2.500</td><td class=\"n\">0.2778</td><td>D</td></tr>");
        assertThat(english).contains("<dd>3.2778</dd>", "<dd>81.94</dd>", "<dd>B</dd>", "<dd>Good</dd>",
                "<dd>U8 Handling of complaints, suggestions and feedback (NRR 2.500)</dd>");
        assertThat(english).contains("<dd>2</dd>", "<dd>3</dd>", "Not yet sufficient: 1 respondents missing",
                "1 November 2026 – 30 November 2026");
        assertThat(english).contains("<tr><td>Female</td><td class=\"n\">1</td><td class=\"n\">50.0</td></tr>",
                "<tr><td>Not stated</td><td class=\"n\">1</td><td class=\"n\">50.0</td></tr>");
        assertThat(english).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "class=\"bar\"");

        String indonesian = given().get("/public/mpps/" + mpp
                        + "/ikm/report.html?period=2026-11&agency=imigrasi&service=paspor-baru")
                .then().statusCode(200).extract().asString();
        assertThat(indonesian).contains("<html lang=\"id\">", "<td>Persyaratan</td>", "<dd>Baik</dd>",
                "Laporan Survei Kepuasan Masyarakat (SKM)", "<td>Perempuan</td>", "<td>Tidak diisi</td>",
                "1 November 2026 – 30 November 2026");
    }

    @Test
    void textsFromDataAreEscapedInTheChartsAndThePage() throws Exception {
        IkmReport report = new IkmReport(MARKUP, "imigrasi\"><img src=x onerror=alert(1)>", null,
                new IkmReport.Period("2026-11", MARKUP, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), true,
                1L, 1L, new IkmReport.Sample(1, true, 0),
                IntStream.rangeClosed(1, 9).mapToObj(i -> new IkmReport.Unsur("U" + i, MARKUP + " & <b>" + i, 3,
                        new BigDecimal("3.000"), new BigDecimal("0.3333"), "C")).toList(),
                new BigDecimal("3.0000"), new BigDecimal("75.00"), "C", MARKUP, "U1",
                Map.of("sex", Map.of("PEREMPUAN", 1L, "notStated", 0L)));

        String svg = IkmCharts.unit(report, Locale.ENGLISH);
        assertThat(svg).doesNotContain("<script", "<img", "<b>").contains("&lt;script&gt;");
        assertThat(count(xml(svg), "//*[local-name()='rect'][@class='bar']")).isEqualTo(9);

        String trend = IkmCharts.trend(new IkmTrendView(MARKUP, null, null, "MONTH", true,
                List.of(new IkmTrendView.Point(MARKUP, 1, new BigDecimal("75.00"), "C", null))), Locale.ENGLISH);
        assertThat(trend).doesNotContain("<script").contains("&lt;script&gt;");
        xml(trend);

        String page = SkmReportPage.render(report, Locale.ENGLISH);
        assertThat(page).doesNotContain("<script", "<img", "<b>").contains("&lt;script&gt;", "&quot;&gt;&lt;img");
    }

    @Test
    void aHiddenUnitShowsNoFiguresInAnyFormatUntilThePeriodIsOver() throws Exception {
        mpp = "kota-jambi"; // the demo MPP admin's
        String agency = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        answer(served(agency, "kepesertaan", LocalDate.of(2026, 11, 2)), null, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/public/mpps/kota-jambi/ikm?period=2026-11&agency=" + agency).then().statusCode(200)
                .extract().jsonPath().getLong("respondents") == 1);

        as(DemoUsers.MPP_ADMIN).put("/mpps/kota-jambi/ikm/embargoes/" + agency).then().statusCode(200);
        try {
            List<CSVRecord> rows = csv(given().get("/public/mpps/kota-jambi/ikm/units.csv?period=2026-11")
                    .then().statusCode(200).extract().asString());
            List<CSVRecord> hidden = rows.stream().filter(r -> r.get("agency").equals(agency)).toList();
            assertThat(hidden).hasSize(2);
            for (CSVRecord row : hidden) {
                assertThat(row.get("published")).isEqualTo("false");
                for (String figure : List.of("respondents", "population", "sample_minimum", "U1_nrr", "unit_value",
                        "ikm", "mutu", "kinerja", "weakest_unsur")) {
                    assertThat(row.get(figure)).as(figure).isEmpty();
                }
            }
            assertThat(rows.get(0).get("agency")).isEmpty();
            assertThat(rows.get(0).get("published")).isEqualTo("true");

            String chart = given().header("Accept-Language", "en")
                    .get("/public/mpps/kota-jambi/ikm/chart.svg?period=2026-11&agency=" + agency)
                    .then().statusCode(200).extract().asString();
            assertThat(count(xml(chart), "//*[local-name()='rect'][@class='bar']")).isZero();
            assertThat(chart).contains("published after the period ends").doesNotContain("75.00", "3.000");

            String trend = given().header("Accept-Language", "en")
                    .get("/public/mpps/kota-jambi/ikm/trend.svg?until=2026-11&agency=" + agency)
                    .then().statusCode(200).extract().asString();
            assertThat(count(xml(trend), "//*[local-name()='circle']")).isZero();
            assertThat(trend).contains("published after the period ends").doesNotContain("75.00");

            String page = given().header("Accept-Language", "en")
                    .get("/public/mpps/kota-jambi/ikm/report.html?period=2026-11&agency=" + agency)
                    .then().statusCode(200).extract().asString();
            assertThat(page).contains("published after the period ends", agency, "November 2026")
                    .doesNotContain("75.00", "3.000", "<svg", "Respondents");

            at(Instant.parse("2026-12-01T00:30:00Z"));
            assertThat(given().header("Accept-Language", "en")
                    .get("/public/mpps/kota-jambi/ikm/report.html?period=2026-11&agency=" + agency)
                    .then().statusCode(200).extract().asString()).contains("<dd>75.00</dd>", "<dd>C</dd>");
        } finally {
            as(DemoUsers.MPP_ADMIN).delete("/mpps/kota-jambi/ikm/embargoes/" + agency).then().statusCode(200);
        }
    }

    @Test
    void aPeriodThatIsNoPeriodIs400NamingItOnEveryFormat() {
        String base = "/public/mpps/" + mpp + "/ikm/";
        for (String path : List.of("units.csv", "chart.svg", "report.html")) {
            given().header("Accept-Language", "en").get(base + path + "?period=2026-13").then()
                    .spec(problem(400)).body("errors[0].field", equalTo("period"));
            given().header("Accept-Language", "en").get(base + path).then()
                    .spec(problem(400)).body("errors[0].field", equalTo("period"));
        }
        given().get(base + "chart.svg?period=2026-11&service=paspor-baru").then().spec(problem(400))
                .body("errors[0].field", equalTo("agency"));
        given().header("Accept-Language", "en").get(base + "trend.svg?until=2026-13").then()
                .spec(problem(400)).body("errors[0].field", equalTo("until"));
        given().header("Accept-Language", "en").get(base + "trend.svg?kind=RANGE").then()
                .spec(problem(400)).body("errors[0].field", equalTo("kind"));
        given().header("Accept-Language", "en").get(base + "trend.svg?count=37").then()
                .spec(problem(400)).body("errors[0].field", equalTo("count"));
        given().header("Accept-Language", "en").get(base + "trend.svg?until=0001-03&count=36").then()
                .spec(problem(400)).body("errors[0].field", equalTo("until"));
    }

    /** IkmTests' hand-computed unit: three tickets served at imigrasi/paspor-baru on the 20th, two answered. */
    private void twoRespondentsOfThreeServed() {
        String first = served("imigrasi", "paspor-baru", DAY);
        String second = served("imigrasi", "paspor-baru", DAY);
        served("imigrasi", "paspor-baru", DAY);
        answer(first, "{\"sex\": \"PEREMPUAN\", \"education\": \"SMA\"}", 4, 3, 3, 4, 3, 3, 4, 2, 3);
        answer(second, null, 3, 3, 4, 4, 3, 3, 4, 3, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/public/mpps/" + mpp + "/ikm?period=2026-11&agency=imigrasi&service=paspor-baru")
                .then().statusCode(200).extract().jsonPath().getLong("respondents") == 2);
    }

    private static List<CSVRecord> csv(String body) throws java.io.IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document document, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    }

    private static int count(Document document, String xpath) throws Exception {
        return nodes(document, xpath).getLength();
    }

    private static List<String> attributes(Document document, String xpath, String attribute) throws Exception {
        NodeList found = nodes(document, xpath);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            values.add(((Element) found.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    private String served(String agency, String service, LocalDate day) {
        return WalkIns.served(queueService, mpp, agency, service, "IMI-1", day);
    }

    private static void answer(String code, String profile, int... values) {
        WalkIns.answer(code, profile, values);
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
