package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.survey.domain.ikm.IkmCalculator;
import id.go.mpp.sinergi.survey.domain.ikm.IkmResult;
import id.go.mpp.sinergi.survey.domain.ikm.IkmTally;
import id.go.mpp.sinergi.survey.domain.ikm.ProfileCounts;
import id.go.mpp.sinergi.survey.domain.ikm.SampleSize;
import id.go.mpp.sinergi.survey.domain.ikm.SampleSufficiency;
import id.go.mpp.sinergi.survey.domain.ikm.UnsurScore;
import id.go.mpp.sinergi.survey.domain.period.ReportingPeriod;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The monthly roll-up: a period reads its whole months from {@code ikm_month}/{@code served_month} and only the days
 * of a partial month at either end from the daily rows, and gives exactly the figures of its days — computed here
 * from the responses themselves — for every unit level, the every-unit report and the trend; a rebuild fills the
 * months too. The responses arrive on the survey topic as survey-service's outbox relay publishes them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.SURVEY_EVENTS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KeycloakTestResource.class)
class IkmRollUpTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 20);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 10);
    private static final List<String[]> SERVICES = List.of(new String[]{"dukcapil", "ktp-el"},
            new String[]{"dukcapil", "kk"}, new String[]{"samsat", "pajak-kendaraan"});

    @Inject
    AgroalDataSource database;

    private EventPublisher publisher;
    private String mpp;
    private final List<SurveyResponseSubmitted> responses = new ArrayList<>();
    private final List<TicketCompleted> served = new ArrayList<>();

    @BeforeEach
    void publisher() {
        publisher = new EventPublisher(KafkaTestResource.broker().bootstrapServers());
        mpp = "mpp-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC),
                Clock.class);
    }

    @AfterEach
    void close() {
        publisher.close();
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    void aPeriodGivesTheFiguresOfItsDaysWithPartialMonthsAtEitherEndWholeMonthsOrNone() {
        publishResponsesAndServedTickets();

        for (String period : List.of("2026-09-25..2026-12-05", "2026-09-20..2026-12-10", "2026-10-01..2026-11-30",
                "2026-10-10..2026-10-20", "2026-10-15..2026-11-10", "2026-11-01..2026-12-03", "2026-09-28..2026-10-31",
                "2026-11", "2026-Q4", "2026-S2", "2026", "2026-12-10..2026-12-10")) {
            for (String[] unit : List.of(new String[]{null, null}, new String[]{"dukcapil", null},
                    new String[]{"dukcapil", "ktp-el"}, new String[]{"samsat", "pajak-kendaraan"})) {
                assertFigures(report(period, unit[0], unit[1]), "", period, unit[0], unit[1]);
            }
        }

        // Every unit of the MPP in one statement: the MPP, each agency before its services.
        String range = "2026-09-25..2026-12-05";
        JsonPath units = json(given().get("/public/mpps/" + mpp + "/ikm/units?period=" + range).then().statusCode(200)
                .extract().jsonPath());
        List<String[]> expected = List.of(new String[]{null, null}, new String[]{"dukcapil", null},
                new String[]{"dukcapil", "kk"}, new String[]{"dukcapil", "ktp-el"}, new String[]{"samsat", null},
                new String[]{"samsat", "pajak-kendaraan"});
        assertThat(units.getList("")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(units.getString("[" + i + "].agencyCode")).isEqualTo(expected.get(i)[0]);
            assertThat(units.getString("[" + i + "].serviceCode")).isEqualTo(expected.get(i)[1]);
            assertFigures(units, "[" + i + "].", range, expected.get(i)[0], expected.get(i)[1]);
        }

        // The trend sums monthly rows: each month as its own report.
        JsonPath trend = json(given().get("/public/mpps/" + mpp + "/ikm/trend?kind=MONTH&count=5&until=2026-12"
                + "&agency=dukcapil").then().statusCode(200).extract().jsonPath());
        assertThat(trend.getList("points.period")).containsExactly("2026-08", "2026-09", "2026-10", "2026-11",
                "2026-12");
        for (int i = 0; i < 5; i++) {
            String month = trend.getString("points[" + i + "].period");
            IkmTally tally = expectedTally(month, "dukcapil", null);
            assertThat(trend.getLong("points[" + i + "].respondents")).as(month).isEqualTo(tally.respondents());
            assertSame(trend.get("points[" + i + "].ikm"),
                    IkmCalculator.calculate(tally).map(IkmResult::convertedValue).orElse(null), month);
        }
    }

    @Test
    void aRebuildFillsTheMonthsToo() throws Exception {
        publishResponsesAndServedTickets();
        String before = report("2026-09-25..2026-12-05", null, null).prettify();
        long monthRows = count("ikm_month") + count("served_month");
        assertThat(monthRows).isEqualTo(3 * 4 + 3 * 4); // 3 services × September … December, answered and served

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from ikm_month where mpp_code = '" + mpp + "'");
            s.executeUpdate("delete from served_month where mpp_code = '" + mpp + "'");
        }
        // The whole months are read from the roll-up alone.
        assertThat(report("2026-10", null, null).getLong("respondents")).isZero();
        assertThat(report("2026-10-01..2026-10-30", null, null).getLong("respondents"))
                .isEqualTo(expectedTally("2026-10-01..2026-10-30", null, null).respondents());

        JsonPath rebuilt = rebuild();
        assertThat(rebuilt.getString("state")).isEqualTo("DONE");
        assertThat(rebuilt.getLong("changedRows")).isEqualTo(monthRows);
        assertThat(count("ikm_month") + count("served_month")).isEqualTo(monthRows);
        assertThat(report("2026-09-25..2026-12-05", null, null).prettify()).isEqualTo(before);
        assertFigures(report("2026-10", null, null), "", "2026-10", null, null);
        assertThat(rebuild().getLong("changedRows")).isZero();
    }

    /** Responses of three services on random days of September … December 2026, and served tickets. */
    private void publishResponsesAndServedTickets() {
        Random random = new Random(19);
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
        for (int i = 0; i < 160; i++) {
            String[] unit = SERVICES.get(random.nextInt(SERVICES.size()));
            // Every service on the first and the last day, so that each has every month.
            LocalDate day = i < 6 ? (i % 2 == 0 ? FIRST : LAST) : FIRST.plusDays(random.nextInt(days));
            unit = i < 6 ? SERVICES.get(i / 2) : unit;
            List<Integer> scores = new ArrayList<>();
            for (int u = 0; u < 9; u++) {
                scores.add(1 + random.nextInt(4));
            }
            SurveyResponseSubmitted response = new SurveyResponseSubmitted(UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(), "DKC-A-001", mpp, unit[0], unit[1],
                    "LKT-1", day, Instant.parse("2026-11-20T08:00:00Z"), scores, null,
                    choice(random, ProfileQuestion.SEX), choice(random, ProfileQuestion.AGE),
                    choice(random, ProfileQuestion.EDUCATION), choice(random, ProfileQuestion.OCCUPATION), "CODE");
            publisher.publish(response);
            responses.add(response);
        }
        for (int i = 0; i < 220; i++) {
            String[] unit = i < 6 ? SERVICES.get(i / 2) : SERVICES.get(random.nextInt(SERVICES.size()));
            LocalDate day = i < 6 ? (i % 2 == 0 ? FIRST : LAST) : FIRST.plusDays(random.nextInt(days));
            // No account and no survey code: counted as served, not invited.
            TicketCompleted ticket = new TicketCompleted(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "DKC-A-002", mpp, unit[0], unit[1], "LKT-1", null, "SERVED", Instant.parse("2026-11-20T08:00:00Z"),
                    300, 600, null, day);
            publisher.publish(ticket);
            served.add(ticket);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> report("2026", null, null),
                r -> r.getLong("respondents") == responses.size() && r.getLong("population") == served.size());
    }

    /** The figures at {@code at} (a path prefix) are those of the unit's responses and served tickets. */
    private void assertFigures(JsonPath report, String at, String period, String agency, String service) {
        String what = period + " " + agency + "/" + service;
        IkmTally tally = expectedTally(period, agency, service);
        long population = served.stream().filter(t -> in(period, agency, service, t.agencyCode(), t.serviceCode(),
                t.serviceDate())).count();
        assertThat(report.getBoolean(at + "published")).as(what).isTrue();
        assertThat(report.getLong(at + "respondents")).as(what).isEqualTo(tally.respondents());
        assertThat(report.getLong(at + "population")).as(what).isEqualTo(population);
        SampleSufficiency sample = SampleSize.check(population, tally.respondents());
        assertThat(report.getLong(at + "sample.minimum")).as(what).isEqualTo(sample.minimum());
        assertThat(report.getLong(at + "sample.missing")).as(what).isEqualTo(sample.missing());
        for (ProfileQuestion question : ProfileQuestion.values()) {
            for (ProfileChoice choice : question.choices()) {
                assertThat(report.getLong(at + "profile." + question.code() + "." + choice.code())).as(what)
                        .isEqualTo(tally.profile().count(choice));
            }
            assertThat(report.getLong(at + "profile." + question.code() + ".notStated")).as(what)
                    .isEqualTo(tally.notStated(question));
        }
        IkmResult result = IkmCalculator.calculate(tally).orElse(null);
        assertSame(report.get(at + "ikm"), result == null ? null : result.convertedValue(), what);
        if (result == null) {
            return;
        }
        assertSame(report.get(at + "unitValue"), result.unitValue(), what);
        assertThat(report.getString(at + "mutu")).as(what).isEqualTo(result.mutu().name());
        assertThat(report.getString(at + "weakestUnsur")).as(what).isEqualTo(result.weakest().code());
        for (int i = 0; i < 9; i++) {
            UnsurScore score = result.scores().get(i);
            assertThat(report.getLong(at + "unsur[" + i + "].sum")).as(what).isEqualTo(score.sum());
            assertSame(report.get(at + "unsur[" + i + "].nrr"), score.nrr(), what);
        }
    }

    /** The same decimal (JSON numbers read as BigDecimal, their scale aside), or both null. */
    private static void assertSame(Object actual, BigDecimal expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(expected);
        }
    }

    /** The tally of the responses of a unit in a period, added up one response at a time. */
    private IkmTally expectedTally(String period, String agency, String service) {
        long respondents = 0;
        long[] sums = new long[9];
        Map<ProfileChoice, Long> profile = new HashMap<>();
        for (SurveyResponseSubmitted r : responses) {
            if (in(period, agency, service, r.agencyCode(), r.serviceCode(), r.serviceDate())) {
                respondents++;
                for (int i = 0; i < 9; i++) {
                    sums[i] += r.scores().get(i);
                }
                countChoice(profile, ProfileQuestion.SEX, r.sex());
                countChoice(profile, ProfileQuestion.AGE, r.ageBand());
                countChoice(profile, ProfileQuestion.EDUCATION, r.education());
                countChoice(profile, ProfileQuestion.OCCUPATION, r.occupation());
            }
        }
        return IkmTally.of(respondents, sums, ProfileCounts.of(profile));
    }

    private static boolean in(String period, String agency, String service, String agencyCode, String serviceCode,
                              LocalDate day) {
        return (agency == null || agency.equals(agencyCode)) && (service == null || service.equals(serviceCode))
                && ReportingPeriod.parse(period).contains(day);
    }

    private static void countChoice(Map<ProfileChoice, Long> profile, ProfileQuestion question, String code) {
        if (code != null) {
            question.choices().stream().filter(c -> c.code().equals(code)).findFirst()
                    .ifPresent(c -> profile.merge(c, 1L, Long::sum));
        }
    }

    /** A random choice of {@code question}, or none (a fifth of the respondents leave it out). */
    private static String choice(Random random, ProfileQuestion question) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        return question.choices().get(random.nextInt(question.choices().size())).code();
    }

    private long count(String table) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table + " where mpp_code = '" + mpp + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private JsonPath rebuild() {
        as(DemoUsers.MPP_ADMIN).post("/ikm/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        return await().atMost(Duration.ofSeconds(60)).until(() -> as(DemoUsers.MPP_ADMIN).get("/ikm/rebuild")
                .then().statusCode(200).extract().jsonPath(), r -> !"RUNNING".equals(r.getString("state")));
    }

    private JsonPath report(String period, String agency, String service) {
        return json(given().header("Accept-Language", "en").get("/public/mpps/" + mpp + "/ikm?period=" + period
                        + (agency == null ? "" : "&agency=" + agency) + (service == null ? "" : "&service=" + service))
                .then().statusCode(200).extract().jsonPath());
    }

    /** Numbers as BigDecimal, compared exactly with the domain's. */
    private static JsonPath json(JsonPath path) {
        return path.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
