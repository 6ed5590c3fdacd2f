package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class CatalogueResourceTests {

    @Test
    void theMppWithItsHoursClosedDaysAndAgenciesIsPublic() {
        given().when().get("/mpps/kota-jambi")
                .then().statusCode(200)
                .body("name", equalTo("Mal Pelayanan Publik Kota Jambi"))
                .body("timeZone", equalTo("WIB"))
                .body("openingHours.MONDAY.opens", startsWith("08:00"))
                .body("openingHours.SATURDAY.closes", startsWith("12:00"))
                .body("openingHours.SUNDAY", equalTo(null))
                .body("closedDays.day", hasItem("2026-12-25"))
                .body("agencies.code", hasItems("imigrasi", "dukcapil", "dpmptsp"));
        given().when().get("/mpps/kota-antah-berantah").then().spec(problem(404))
                .body("code", equalTo("mpp-not-found"));
    }

    @Test
    void aServiceShowsRequirementsFeeTimeAndQuotaInTheRequestLanguage() {
        given().header("Accept-Language", "en").when().get("/mpps/kota-jambi/services/paspor-baru")
                .then().statusCode(200)
                .body("name", equalTo("New passport"))
                .body("requirements[0]", equalTo("Original electronic ID card (KTP-el)"))
                .body("requirementsId[0]", equalTo("KTP-el asli"))
                .body("feeRupiah", equalTo(350000))
                .body("serviceMinutes", equalTo(20))
                .body("dailyQuota.total", equalTo(100))
                .body("slaMinutes", equalTo(60));
        given().when().get("/services?mpp=kota-jambi").then().statusCode(200)
                .body("find { it.code == 'ktp-el' }.feeRupiah", equalTo(0))
                .body("find { it.code == 'ktp-el' }.requirements[0]", equalTo("Kartu Keluarga"));
    }

    @Test
    void anAgencyAdminAddsAndChangesItsOwnServices() {
        as(DemoUsers.IMIGRASI_ADMIN).body(service("imigrasi", 15, 5, 20)).put("/mpps/kota-jambi/services/izin-tinggal")
                .then().statusCode(200)
                .body("dailyQuota.total", equalTo(40))
                .body("agencyCode", equalTo("imigrasi"));
        as(DemoUsers.IMIGRASI_ADMIN).body(service("imigrasi", 30, 5, 20)).put("/mpps/kota-jambi/services/izin-tinggal")
                .then().statusCode(200);
        given().when().get("/mpps/kota-jambi/services/izin-tinggal").then().statusCode(200)
                .body("dailyQuota.regular", equalTo(30))
                .body("name", equalTo("Izin tinggal"));
    }

    @Test
    void anAgencyAdminCannotTouchAnotherAgencysServicesOrAnotherMpp() {
        as(DemoUsers.DUKCAPIL_ADMIN).body(service("imigrasi", 1, 1, 1)).put("/mpps/kota-jambi/services/paspor-baru")
                .then().spec(problem(403))
                .body("code", equalTo("other-agency"));
        // Claiming the service for its own agency does not work either.
        as(DemoUsers.DUKCAPIL_ADMIN).body(service("dukcapil", 1, 1, 1)).put("/mpps/kota-jambi/services/paspor-baru")
                .then().statusCode(403);
        as(DemoUsers.IMIGRASI_ADMIN).body(service("imigrasi", 1, 1, 1)).put("/mpps/kota-batam/services/paspor-baru")
                .then().statusCode(403);
        given().when().get("/mpps/kota-jambi/services/paspor-baru").then().body("dailyQuota.regular", equalTo(40));
    }

    @Test
    void officersAndCitizensCannotChangeTheCatalogueAndStrangersGet401() {
        as(DemoUsers.IMIGRASI_OFFICER).body(service("imigrasi", 1, 1, 1)).put("/mpps/kota-jambi/services/paspor-baru")
                .then().statusCode(403);
        as(DemoUsers.CITIZEN).body("{\"name\": \"x\"}").put("/mpps/kota-jambi/agencies/bpjs").then().statusCode(403);
        given().contentType("application/json").body(service("imigrasi", 1, 1, 1))
                .when().put("/mpps/kota-jambi/services/paspor-baru").then().statusCode(401);
    }

    @Test
    void theMppAdminSetsHoursClosedDaysAndAgencies() {
        as(DemoUsers.MPP_ADMIN).body(jambiCalendar("""
                , {"day": "2026-12-26", "reason": "Cuti bersama Natal"}"""))
                .put("/mpps/kota-jambi")
                .then().statusCode(200)
                .body("closedDays.day", hasItems("2026-12-25", "2026-12-26"));
        as(DemoUsers.MPP_ADMIN).body("{\"name\": \"BPJS Kesehatan Cabang Jambi\"}").put("/mpps/kota-jambi/agencies/bpjs-kesehatan")
                .then().statusCode(200);
        given().when().get("/mpps/kota-jambi").then().body("agencies.code", hasItem("bpjs-kesehatan"));
        as(DemoUsers.IMIGRASI_ADMIN).body("{\"name\": \"x\"}").put("/mpps/kota-jambi/agencies/bpjs-kesehatan")
                .then().statusCode(403);
    }

    @Test
    void openingAfterClosingIs400NamingTheDay() {
        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en").body("""
                {"name": "MPP", "timeZone": "WIB", "openingHours": {"MONDAY": {"opens": "15:00", "closes": "08:00"}}}""")
                .put("/mpps/kota-jambi")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("openingHours.MONDAY"))
                .body("errors[0].message", equalTo("opening time must be before closing time (closing 00:00 means midnight)"));
        as(DemoUsers.MPP_ADMIN).body("{\"name\": \"MPP\", \"timeZone\": \"UTC\", \"openingHours\": {}}")
                .put("/mpps/kota-jambi")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        given().when().get("/mpps/kota-jambi").then().body("openingHours.MONDAY.opens", startsWith("08:00"));
    }

    @Test
    void badQuotasAndUnmatchedRequirementsAre400NamingTheField() {
        as(DemoUsers.IMIGRASI_ADMIN).body(service("imigrasi", -1, 5, 20)).put("/mpps/kota-jambi/services/izin-tinggal")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("dailyQuota.regular"));
        as(DemoUsers.IMIGRASI_ADMIN).header("Accept-Language", "en").body("""
                {"agencyCode": "imigrasi", "nameId": "Izin tinggal", "nameEn": "Stay permit", "ticketPrefix": "IMI-C",
                 "requirementsId": ["Paspor", "Sponsor"], "requirementsEn": ["Passport"], "feeRupiah": 0,
                 "serviceMinutes": 15, "dailyQuota": {"regular": 1, "priority": 1, "online": 1}, "slaMinutes": 60}""")
                .put("/mpps/kota-jambi/services/izin-tinggal")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("requirementsEn"));
        as(DemoUsers.IMIGRASI_ADMIN).body(service("bea-cukai", 1, 1, 1)).put("/mpps/kota-jambi/services/izin-tinggal")
                .then().statusCode(403);
    }

    @Test
    void turnNearSettingsDefaultToThreePlacesAndTenMinutesKeepTheirValueWhenLeftOutAndAreCheckedByRange() {
        String code = "uji-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0)).put("/mpps/kota-jambi/services/" + code)
                .then().statusCode(200)
                .body("turnNearPlaces", equalTo(3))
                .body("turnNearMinutes", equalTo(10));
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0, ", \"turnNearPlaces\": 0, \"turnNearMinutes\": 45"))
                .put("/mpps/kota-jambi/services/" + code)
                .then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0)).put("/mpps/kota-jambi/services/" + code)
                .then().statusCode(200);
        given().when().get("/mpps/kota-jambi/services/" + code).then().statusCode(200)
                .body("turnNearPlaces", equalTo(0))
                .body("turnNearMinutes", equalTo(45));

        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en")
                .body(service("imigrasi", 1, 1, 0, ", \"turnNearPlaces\": 51, \"turnNearMinutes\": -1"))
                .put("/mpps/kota-jambi/services/" + code)
                .then().spec(problem(400))
                .body("errors.field", equalTo(List.of("turnNearMinutes", "turnNearPlaces")))
                .body("errors.message", equalTo(List.of("must be at least 0", "must be at most 50")));
        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "id")
                .body(service("imigrasi", 1, 1, 0, ", \"turnNearMinutes\": 241"))
                .put("/mpps/kota-jambi/services/" + code)
                .then().spec(problem(400))
                .body("errors[0].field", equalTo("turnNearMinutes"))
                .body("errors[0].message", equalTo("maksimal 240"));
        given().when().get("/mpps/kota-jambi/services/" + code).then()
                .body("turnNearPlaces", equalTo(0))
                .body("turnNearMinutes", equalTo(45));
    }

    @Test
    void aServiceRequiresANibOnlyWhenItsAdminSaysSoAndKeepsItWhenLeftOut() {
        String code = "uji-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0)).put("/mpps/kota-jambi/services/" + code)
                .then().statusCode(200).body("requiresNib", equalTo(false));
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0, ", \"requiresNib\": true"))
                .put("/mpps/kota-jambi/services/" + code).then().statusCode(200).body("requiresNib", equalTo(true));
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0)).put("/mpps/kota-jambi/services/" + code)
                .then().statusCode(200);
        given().when().get("/mpps/kota-jambi/services/" + code).then().statusCode(200)
                .body("requiresNib", equalTo(true));
        as(DemoUsers.MPP_ADMIN).body(service("imigrasi", 1, 1, 0, ", \"requiresNib\": false"))
                .put("/mpps/kota-jambi/services/" + code).then().statusCode(200).body("requiresNib", equalTo(false));
    }

    @Test
    void countersAreSeenByTheirOwnAgencyAndServeOnlyItsServices() {
        as(DemoUsers.DUKCAPIL_OFFICER).get("/mpps/kota-jambi/counters").then().statusCode(200)
                .body("code", hasItems("DUK-1", "DUK-2"))
                .body("agencyCode", everyItem(equalTo("dukcapil")));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/counters").then().statusCode(200)
                .body("code", hasItems("IMI-1", "DUK-1", "OSS-1"));
        as(DemoUsers.IMIGRASI_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"Loket 3\", \"services\": [\"paspor-baru\", \"ktp-el\"]}")
                .put("/mpps/kota-jambi/counters/IMI-3")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("services[1]"));
        as(DemoUsers.IMIGRASI_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"Loket Imigrasi 3\", \"services\": [\"paspor-baru\"]}")
                .put("/mpps/kota-jambi/counters/IMI-3")
                .then().statusCode(200)
                .body("services", equalTo(List.of("paspor-baru")));
        as(DemoUsers.DUKCAPIL_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"x\", \"services\": []}")
                .put("/mpps/kota-jambi/counters/IMI-3")
                .then().statusCode(403);
        as(DemoUsers.DUKCAPIL_OFFICER).get("/mpps/kota-jambi/counters").then().body("code", not(hasItem("IMI-3")));
    }

    private static String service(String agency, int regular, int priority, int online) {
        return service(agency, regular, priority, online, "");
    }

    /** {@code more}: further fields, each preceded by a comma. */
    private static String service(String agency, int regular, int priority, int online, String more) {
        return """
                {"agencyCode": "%s", "nameId": "Izin tinggal", "nameEn": "Stay permit", "ticketPrefix": "IMI-C",
                 "requirementsId": ["Paspor", "Surat sponsor"], "requirementsEn": ["Passport", "Sponsor letter"],
                 "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": %d, "priority": %d, "online": %d}, "slaMinutes": 60%s}"""
                .formatted(agency, regular, priority, online, more);
    }

    /** Kota Jambi's hours and closed days as in the demo data, with {@code moreClosedDays} added to the list. */
    static String jambiCalendar(String moreClosedDays) {
        return """
                {"name": "Mal Pelayanan Publik Kota Jambi", "timeZone": "WIB",
                 "openingHours": {"MONDAY": {"opens": "08:00", "closes": "15:00"},
                                  "TUESDAY": {"opens": "08:00", "closes": "15:00"},
                                  "WEDNESDAY": {"opens": "08:00", "closes": "15:00"},
                                  "THURSDAY": {"opens": "08:00", "closes": "15:00"},
                                  "FRIDAY": {"opens": "08:00", "closes": "15:00"},
                                  "SATURDAY": {"opens": "08:00", "closes": "12:00"}},
                 "closedDays": [{"day": "2026-12-25", "reason": "Hari Raya Natal"},
                                {"day": "2027-01-01", "reason": "Tahun Baru Masehi"}%s]}""".formatted(moreClosedDays);
    }
}
