package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.TestUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The working-day calendar as its users see it. Days added here are in 2097 and removed again, and time zones are
 * set only for MPPs made up for the test: other tests in this JVM share the database and count deadlines at
 * kota-jambi in WIB.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "complaint"))
@QuarkusTestResource(KeycloakTestResource.class)
class CalendarResourceTests {

    private static final String DAYS = "/calendar/non-working-days";

    @Inject
    Calendars calendars;

    @Test
    void anyoneSeesIdulFitriAndTheCutiBersamaOf2026WithoutLoggingIn() {
        given().get("/calendar/kota-jambi/non-working-days?year=2026").then().statusCode(200)
                .body("mppCode", equalTo("kota-jambi"))
                .body("year", equalTo(2026))
                .body("timeZone", equalTo("WIB"))
                .body("days.size()", greaterThanOrEqualTo(25))
                .body("days.find { it.day == '2026-03-21' }.name", equalTo("Idul Fitri 1447 H"))
                .body("days.find { it.day == '2026-03-21' }.kind", equalTo("NATIONAL_HOLIDAY"))
                .body("days.find { it.day == '2026-03-21' }.national", equalTo(true))
                .body("days.find { it.day == '2026-03-21' }.source", equalTo("SKB 3 Menteri 2026"))
                .body("days.findAll { it.kind == 'CUTI_BERSAMA' }.day", hasItems("2026-02-16", "2026-03-18",
                        "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28", "2026-12-24"))
                .body("days.day", everyItem(startsWith("2026-")));
    }

    @Test
    void the2027DaysThatDependOnTheMoonAreMarkedAsEstimatesAndHaveNoCutiBersamaYet() {
        given().get("/calendar/kota-jambi/non-working-days?year=2027").then().statusCode(200)
                .body("days.find { it.day == '2027-03-10' }.source", startsWith("perkiraan (estimate)"))
                .body("days.find { it.day == '2027-12-25' }.source", not(startsWith("perkiraan")))
                .body("days.findAll { it.national && it.kind == 'CUTI_BERSAMA' }", hasSize(0));
    }

    @Test
    void anAdminAddsALocalHolidayThatAppearsForTheMppOnlyAndRemovesIt() {
        String body = "{\"day\": \"2097-08-12\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"  Hari Jadi Kota Jambi  \"}";
        long id = ((Number) as(DemoUsers.MPP_ADMIN).body(body).post(DAYS).then().statusCode(201)
                .header("Location", endsWith("/calendar/kota-jambi/non-working-days?year=2097"))
                .body("day", equalTo("2097-08-12"))
                .body("name", equalTo("Hari Jadi Kota Jambi"))
                .body("national", equalTo(false))
                .body("source", equalTo("admin MPP kota-jambi"))
                .extract().path("id")).longValue();
        try {
            given().get("/calendar/kota-jambi/non-working-days?year=2097").then().statusCode(200)
                    .body("days.find { it.id == " + id + " }.kind", equalTo("LOCAL_HOLIDAY"));
            given().get("/calendar/kota-batam/non-working-days?year=2097").then().statusCode(200)
                    .body("days.id", not(hasItem((int) id)));
            as(DemoUsers.MPP_ADMIN).body(body).post(DAYS).then().spec(problem(409))
                    .body("code", equalTo("non-working-day-exists"));
        } finally {
            as(DemoUsers.MPP_ADMIN).delete(DAYS + "/" + id).then().statusCode(204);
        }
        given().get("/calendar/kota-jambi/non-working-days?year=2097").then().statusCode(200)
                .body("days.id", not(hasItem((int) id)));
        as(DemoUsers.MPP_ADMIN).delete(DAYS + "/" + id).then().spec(problem(404));
    }

    @Test
    void aLocalHolidayMovesTheMppsDeadlinesAtOnce() {
        Instant friday = Instant.parse("2097-08-09T03:00:00Z"); // Friday 10:00 WIB
        assertThat(dueDay(ComplaintStage.VERIFICATION, friday)).isEqualTo("2097-08-14");

        long id = add(DemoUsers.MPP_ADMIN, "2097-08-13", "Libur daerah (uji)");
        try {
            assertThat(dueDay(ComplaintStage.VERIFICATION, friday)).as("the cached calendar was dropped")
                    .isEqualTo("2097-08-15");
        } finally {
            as(DemoUsers.MPP_ADMIN).delete(DAYS + "/" + id).then().statusCode(204);
        }
        assertThat(dueDay(ComplaintStage.VERIFICATION, friday)).isEqualTo("2097-08-14");
    }

    @Test
    void aDayThatIsAlreadyNationalCannotBeAddedAgain() {
        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en")
                .body("{\"day\": \"2026-08-17\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"Tujuhbelasan\"}")
                .post(DAYS).then().spec(problem(409))
                .body("code", equalTo("non-working-day-exists"))
                .body("detail", equalTo("2026-08-17 is already a national non-working day"));
    }

    @Test
    void onlyMppAdminsMayChangeTheCalendar() {
        String body = "{\"day\": \"2097-09-02\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"Bukan hak warga\"}";
        given().contentType("application/json").body(body).post(DAYS).then().spec(problem(401));
        as(DemoUsers.CITIZEN).body(body).post(DAYS).then().spec(problem(403));
        as(DemoUsers.IMIGRASI_OFFICER).body(body).post(DAYS).then().spec(problem(403));
        as(DemoUsers.IMIGRASI_ADMIN).body("{\"timeZone\": \"WIT\"}").put("/calendar/time-zone").then()
                .spec(problem(403));
        given().get("/calendar/kota-jambi/non-working-days?year=2097").then().statusCode(200)
                .body("days.day", not(hasItem("2097-09-02")));
    }

    @Test
    void anotherMppsAdminCannotDeleteKotaJambisDay() {
        long id = add(DemoUsers.MPP_ADMIN, "2097-09-02", "Libur Kota Jambi (uji)");
        try {
            TestUsers.as(mppAdminOf("kota-batam")).delete(DAYS + "/" + id).then().spec(problem(404))
                    .body("code", equalTo("non-working-day-not-found"));
            given().get("/calendar/kota-jambi/non-working-days?year=2097").then()
                    .body("days.id", hasItem((int) id));
        } finally {
            as(DemoUsers.MPP_ADMIN).delete(DAYS + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void nationalDaysAreReadOnlyThroughTheApi() {
        long idulFitri = ((Number) given().get("/calendar/kota-jambi/non-working-days?year=2026").then()
                .extract().path("days.find { it.day == '2026-03-21' }.id")).longValue();
        as(DemoUsers.MPP_ADMIN).delete(DAYS + "/" + idulFitri).then().spec(problem(403))
                .body("code", equalTo("national-non-working-day"));
        given().get("/calendar/kota-jambi/non-working-days?year=2026").then()
                .body("days.id", hasItem((int) idulFitri));
        as(DemoUsers.MPP_ADMIN).delete(DAYS + "/not-a-number").then().spec(problem(404));
    }

    @Test
    void anAdminSetsTheTimeZoneOfTheOwnMppOnly() {
        String mpp = "uji-kalender-" + UUID.randomUUID().toString().substring(0, 8);
        given().get("/calendar/" + mpp + "/non-working-days?year=2026").then().statusCode(200)
                .body("timeZone", equalTo("WIB"))
                .body("days.day", hasItem("2026-03-21"));

        TestUsers.as(mppAdminOf(mpp)).body("{\"timeZone\": \"WIT\"}").put("/calendar/time-zone").then()
                .statusCode(200)
                .body("mppCode", equalTo(mpp))
                .body("timeZone", equalTo("WIT"));

        given().get("/calendar/" + mpp + "/non-working-days?year=2026").then().body("timeZone", equalTo("WIT"));
        given().get("/calendar/kota-jambi/non-working-days?year=2026").then().body("timeZone", equalTo("WIB"));
        Instant friday = Instant.parse("2026-02-06T03:00:00Z");
        assertThat(deadlinesOf(mpp).dueAfter(ComplaintStage.VERIFICATION, friday).dueAt())
                .as("midnight in Jayapura").isEqualTo("2026-02-11T15:00:00Z");
    }

    @Test
    void badInputIs400NamingTheFieldInTheCallersLanguage() {
        invalidDay("{\"day\": \"2026-02-30\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"x\"}", "day",
                "value '2026-02-30' is not valid for this field");
        invalidDay("{\"day\": \"2019-12-31\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"x\"}", "day",
                "the year must be from 2020 to 2100");
        invalidDay("{\"day\": \"2097-10-01\", \"kind\": \"HARI_RAYA\", \"name\": \"x\"}", "kind",
                "value 'HARI_RAYA' is not valid for this field");
        invalidDay("{\"day\": \"2097-10-01\", \"name\": \"x\"}", "kind", "is required");
        invalidDay("{\"day\": \"2097-10-01\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"  \"}", "name",
                "is required and may not be blank");
        invalidDay("{\"day\": \"2097-10-01\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"" + "x".repeat(201) + "\"}",
                "name", "length must be between 0 and 200");
        given().get("/calendar/kota-jambi/non-working-days?year=2097").then()
                .body("days.day", not(hasItem("2097-10-01")));

        english(given()).get("/calendar/kota-jambi/non-working-days?year=1999").then().spec(problem(400))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("the year must be from 2020 to 2100"));
        english(given()).get("/calendar/kota-jambi/non-working-days?year=dua-ribu").then().spec(problem(400))
                .body("errors[0].field", equalTo("year"));
        english(given()).get("/calendar/Kota_Jambi/non-working-days").then().spec(problem(400))
                .body("errors[0].field", equalTo("mpp"));
        english(as(DemoUsers.MPP_ADMIN)).body("{\"timeZone\": \"UTC\"}").put("/calendar/time-zone").then()
                .spec(problem(400))
                .body("errors[0].field", equalTo("timeZone"));
        // Indonesian unless the caller asks for English.
        as(DemoUsers.MPP_ADMIN).body("{\"day\": \"2097-10-01\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \"\"}")
                .post(DAYS).then().spec(problem(400))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("wajib diisi dan tidak boleh kosong"));
    }

    private static void invalidDay(String body, String field, String message) {
        english(as(DemoUsers.MPP_ADMIN)).body(body).post(DAYS).then().spec(problem(400))
                .header("Content-Language", startsWith("en"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    private static RequestSpecification english(RequestSpecification request) {
        return request.header("Accept-Language", "en");
    }

    private static long add(DemoUsers admin, String day, String name) {
        return ((Number) as(admin).body("{\"day\": \"" + day + "\", \"kind\": \"LOCAL_HOLIDAY\", \"name\": \""
                + name + "\"}").post(DAYS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static String mppAdminOf(String mpp) {
        return KeycloakServer.shared().userTokens("admin-" + UUID.randomUUID().toString().substring(0, 8), 1,
                "mpp-admin", Map.of("mpp", mpp)).get(0);
    }

    private LocalDate dueDay(ComplaintStage stage, Instant start) {
        return deadlinesOf("kota-jambi").dueAfter(stage, start).dueDay();
    }

    private ComplaintDeadlines deadlinesOf(String mpp) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> calendars.deadlinesOf(mpp));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
