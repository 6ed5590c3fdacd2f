package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.TestUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class KpiResourceTests {

    static final String MONDAY = "2026-11-23";
    static final String TUESDAY = "2026-11-24";

    @BeforeEach
    void mondayMorningInJambi() {
        at(wib(MONDAY, "10:00"));
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    /** A WIB wall-clock time on a day. */
    static Instant wib(String day, String time) {
        return Instant.parse(day + "T" + time + ":00+07:00");
    }

    @Test
    void aServiceDaysFiguresAreExact() {
        String service = newService("imigrasi");
        String counter = newCounter("imigrasi", service);
        String officer = TestUsers.officer("imigrasi", "kota-jambi");
        at(wib(MONDAY, "08:05"));
        long mppArrivedBefore = kpis(DemoUsers.MPP_ADMIN, "from=" + MONDAY + "&to=" + MONDAY).getLong("total.arrived");
        TestUsers.as(officer).post("/counters/kota-jambi/" + counter + "/open").then().statusCode(200);

        String a = issue(officer, service);                               // 08:05
        at(wib(MONDAY, "08:15"));
        call(officer, a, counter);                                        // waited 600 s
        at(wib(MONDAY, "08:30"));
        complete(officer, a, "SERVED");                                   // served 900 s
        String b = issue(officer, service);                               // 08:30
        at(wib(MONDAY, "09:00"));
        String c = issue(officer, service);                               // 09:00
        at(wib(MONDAY, "09:45"));
        call(officer, b, counter);                                        // waited 4500 s: over the 60 min target
        at(wib(MONDAY, "09:55"));
        complete(officer, b, "NOT_SERVED");                               // 600 s
        call(officer, c, counter);                                        // waited 3300 s
        at(wib(MONDAY, "10:00"));
        issue(officer, service);                                          // d: still waiting
        at(wib(MONDAY, "10:25"));
        complete(officer, c, "SERVED");                                   // 1800 s
        TestUsers.as(officer).post("/counters/kota-jambi/" + counter + "/close").then().statusCode(200);

        at(wib(MONDAY, "10:30"));
        JsonPath monday = kpis(DemoUsers.MPP_ADMIN, "service=" + service);
        assertThat(monday.getString("mpp")).isEqualTo("kota-jambi");
        assertThat(monday.getString("timeZone")).isEqualTo("Asia/Jakarta");
        assertThat(monday.getString("from")).isEqualTo(MONDAY);
        assertThat(monday.getString("to")).isEqualTo(MONDAY);
        assertThat(monday.getString("service")).isEqualTo(service);
        assertFigures(monday, "total", 4, 2, 1, 3, 2800, 4500, 3, 1100, 1800);
        // The waiting ticket has waited 30 min so far: within the target, not judged yet.
        assertThat(monday.getLong("total.slaJudged")).isEqualTo(3);
        assertThat(monday.getLong("total.overSla")).isEqualTo(1);
        assertThat(monday.getDouble("total.overSlaShare")).isCloseTo(0.3333, within(1e-6));
        assertThat(monday.getList("byDay.date")).containsExactly(MONDAY);
        assertFigures(monday, "byDay[0].kpis", 4, 2, 1, 3, 2800, 4500, 3, 1100, 1800);
        assertThat(monday.getList("byAgency.agency")).containsExactly("imigrasi");
        assertThat(monday.getList("byService.service")).containsExactly(service);
        assertThat(monday.getInt("byService[0].slaMinutes")).isEqualTo(60);
        assertFigures(monday, "byService[0].kpis", 4, 2, 1, 3, 2800, 4500, 3, 1100, 1800);
        assertThat(monday.getList("busiestHours.top")).containsExactly(8);
        assertThat(monday.getLong("busiestHours.peakArrivals")).isEqualTo(2);
        assertThat(monday.getList("busiestHours.byHour.arrivals", Integer.class).subList(7, 12))
                .containsExactly(0, 2, 1, 1, 0);
        assertThat(monday.getList("busiestHours.byHour")).hasSize(24);

        // The whole MPP grew by exactly these four arrivals; the agency's own staff see the same service figures.
        assertThat(kpis(DemoUsers.MPP_ADMIN, "from=" + MONDAY + "&to=" + MONDAY).getLong("total.arrived"))
                .isEqualTo(mppArrivedBefore + 4);
        assertFigures(kpis(DemoUsers.IMIGRASI_ADMIN, "service=" + service), "total", 4, 2, 1, 3, 2800, 4500, 3, 1100, 1800);
        assertFigures(kpis(DemoUsers.IMIGRASI_OFFICER, "agency=imigrasi&service=" + service), "total",
                4, 2, 1, 3, 2800, 4500, 3, 1100, 1800);

        // Next day: Monday has ended, so the ticket that was never called waited past the target.
        at(wib(TUESDAY, "09:00"));
        JsonPath range = kpis(DemoUsers.MPP_ADMIN, "from=" + MONDAY + "&to=" + TUESDAY + "&service=" + service);
        assertThat(range.getInt("days")).isEqualTo(2);
        assertThat(range.getList("byDay.date")).containsExactly(MONDAY, TUESDAY);
        assertThat(range.getLong("byDay[1].kpis.arrived")).isZero();
        assertThat(range.getString("byDay[1].kpis.averageWaitSeconds")).isNull();
        assertThat(range.getLong("total.slaJudged")).isEqualTo(4);
        assertThat(range.getLong("total.overSla")).isEqualTo(2);
        assertThat(range.getDouble("total.overSlaShare")).isCloseTo(0.5, within(1e-6));
        // Without dates: today only (Tuesday, MPP-local).
        JsonPath today = kpis(DemoUsers.MPP_ADMIN, "service=" + service);
        assertThat(today.getString("from")).isEqualTo(TUESDAY);
        assertThat(today.getLong("total.arrived")).isZero();
        assertThat(today.getList("busiestHours.top")).isEmpty();
    }

    @Test
    void noShowsTransfersAndDistinctVisitsAreCountedExactly() {
        // An agency of its own, so that its totals hold only this scenario.
        String agency = "kpi-" + UUID.randomUUID().toString().substring(0, 6);
        as(DemoUsers.MPP_ADMIN).body("{\"name\": \"Instansi uji KPI\"}").put("/mpps/kota-jambi/agencies/" + agency)
                .then().statusCode(200);
        String first = newService(agency);
        String second = newService(agency);
        String firstCounter = newCounter(agency, first);
        String secondCounter = newCounter(agency, second);
        String officer = TestUsers.officer(agency, "kota-jambi");
        String colleague = TestUsers.officer(agency, "kota-jambi");
        TestUsers.as(officer).post("/counters/kota-jambi/" + firstCounter + "/open").then().statusCode(200);
        TestUsers.as(colleague).post("/counters/kota-jambi/" + secondCounter + "/open").then().statusCode(200);

        at(wib(MONDAY, "08:00"));
        String x = issue(officer, first);
        at(wib(MONDAY, "08:10"));
        String y = issue(officer, first);
        at(wib(MONDAY, "08:20"));
        call(officer, x, firstCounter);                                   // x waited 1200 s
        at(wib(MONDAY, "08:30"));
        String x2 = TestUsers.as(officer).body("{\"serviceCode\": \"" + second + "\"}").post("/tickets/" + x + "/transfer")
                .then().statusCode(201).extract().path("id");            // x goes on at the second service
        call(officer, y, firstCounter);                                   // y waited 1200 s
        TestUsers.as(officer).post("/tickets/" + y + "/recall").then().statusCode(200);
        TestUsers.as(officer).post("/tickets/" + y + "/recall").then().statusCode(200);
        at(wib(MONDAY, "08:33"));
        TestUsers.as(officer).post("/tickets/" + y + "/no-show").then().statusCode(200);
        at(wib(MONDAY, "08:40"));
        call(colleague, x2, secondCounter);                               // waits from the visit's arrival: 2400 s
        at(wib(MONDAY, "08:50"));
        complete(colleague, x2, "SERVED");                                // 600 s

        at(wib(MONDAY, "09:00"));
        JsonPath firstDay = kpis(DemoUsers.MPP_ADMIN, "service=" + first);
        assertThat(firstDay.getLong("total.arrived")).isEqualTo(2);
        assertThat(firstDay.getLong("total.visits")).isEqualTo(2);
        assertThat(firstDay.getLong("total.noShows")).isEqualTo(1);
        assertThat(firstDay.getLong("total.transferredOut")).isEqualTo(1);
        assertThat(firstDay.getLong("total.served")).isZero();
        assertThat(firstDay.getLong("total.waitsMeasured")).isEqualTo(2);
        assertThat(firstDay.getLong("total.averageWaitSeconds")).isEqualTo(1200);
        assertThat(firstDay.getLong("total.servicesMeasured")).isZero();
        assertThat(firstDay.getString("total.averageServiceSeconds")).isNull();

        JsonPath secondDay = kpis(DemoUsers.MPP_ADMIN, "service=" + second);
        assertThat(secondDay.getLong("total.arrived")).isEqualTo(1);
        assertThat(secondDay.getLong("total.transferredOut")).isZero();
        assertThat(secondDay.getLong("total.served")).isEqualTo(1);
        assertThat(secondDay.getLong("total.averageWaitSeconds")).isEqualTo(2400);
        assertThat(secondDay.getLong("total.averageServiceSeconds")).isEqualTo(600);

        // The agency saw three arrivals of two people: the transferred visit counts once.
        JsonPath whole = kpis(DemoUsers.MPP_ADMIN, "agency=" + agency);
        assertThat(whole.getLong("total.arrived")).isEqualTo(3);
        assertThat(whole.getLong("total.visits")).isEqualTo(2);
        assertThat(whole.getLong("total.noShows")).isEqualTo(1);
        assertThat(whole.getLong("total.transferredOut")).isEqualTo(1);
        assertThat(whole.getLong("total.served")).isEqualTo(1);
        assertThat(whole.getLong("total.waitsMeasured")).isEqualTo(3);
        assertThat(whole.getLong("total.averageWaitSeconds")).isEqualTo(1600);
        assertThat(whole.getLong("total.maxWaitSeconds")).isEqualTo(2400);
    }

    @Test
    void agencyStaffSeeOnlyTheirOwnAgency() {
        String imigrasiService = newService("imigrasi");
        String dukcapilService = newService("dukcapil");
        String range = "from=" + MONDAY + "&to=" + MONDAY;
        long dukcapilBefore = kpis(DemoUsers.DUKCAPIL_ADMIN, range).getLong("total.arrived");

        issue(DemoUsers.IMIGRASI_OFFICER.token(), imigrasiService);
        issue(DemoUsers.DUKCAPIL_OFFICER.token(), dukcapilService);

        as(DemoUsers.DUKCAPIL_ADMIN).get("/mpps/kota-jambi/kpis?" + range).then().statusCode(200)
                .body("agency", equalTo("dukcapil"))
                .body("total.arrived", equalTo((int) dukcapilBefore + 1))
                .body("byAgency.agency", equalTo(List.of("dukcapil")))
                .body("byService.agency", everyItem(equalTo("dukcapil")))
                .body("byService.service", hasItem(dukcapilService))
                .body("byService.service", not(hasItem(imigrasiService)))
                .body("byService.find { it.service == '" + dukcapilService + "' }.kpis.arrived", equalTo(1));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/mpps/kota-jambi/kpis?" + range).then().statusCode(200)
                .body("agency", equalTo("dukcapil"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?" + range).then().statusCode(200)
                .body("agency", nullValue())
                .body("byAgency.agency", hasItem("imigrasi"))
                .body("byAgency.agency", hasItem("dukcapil"))
                .body("byService.find { it.service == '" + imigrasiService + "' }.kpis.arrived", equalTo(1));
    }

    @Test
    void anAgencysSystemReadsItsOwnAgencysFiguresOnly() {
        String oss = KeycloakServer.shared().clientToken("agency-oss", "oss-dev-secret");
        String imigrasiService = newService("imigrasi");
        String range = "from=" + MONDAY + "&to=" + MONDAY;

        TestUsers.as(oss).get("/mpps/kota-jambi/kpis?" + range).then().statusCode(200)
                .body("agency", equalTo("dpmptsp"))
                .body("byAgency.agency", equalTo(List.of("dpmptsp")))
                .body("byService.agency", everyItem(equalTo("dpmptsp")));
        TestUsers.as(oss).get("/mpps/kota-jambi/kpis?agency=imigrasi").then().spec(problem(403))
                .body("code", equalTo("other-agency"));
        TestUsers.as(oss).get("/mpps/kota-jambi/kpis?service=" + imigrasiService).then().spec(problem(403))
                .body("code", equalTo("other-agency"));
        TestUsers.as(oss).get("/mpps/kota-batam/kpis").then().spec(problem(403)).body("code", equalTo("other-mpp"));
    }

    @Test
    void callersOutsideTheScopeAreRefused() {
        String imigrasiService = newService("imigrasi");
        given().get("/mpps/kota-jambi/kpis").then().statusCode(401);
        as(DemoUsers.CITIZEN).get("/mpps/kota-jambi/kpis").then().spec(problem(403));
        as(DemoUsers.DUKCAPIL_ADMIN).get("/mpps/kota-jambi/kpis?agency=imigrasi").then().spec(problem(403))
                .body("code", equalTo("other-agency"));
        as(DemoUsers.DUKCAPIL_ADMIN).get("/mpps/kota-jambi/kpis?service=" + imigrasiService).then().statusCode(403)
                .body("code", equalTo("other-agency"));
        as(DemoUsers.DUKCAPIL_OFFICER).get("/mpps/kota-jambi/kpis?agency=imigrasi").then().statusCode(403);
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-batam/kpis").then().statusCode(403)
                .body("code", equalTo("other-mpp"));
        as(DemoUsers.IMIGRASI_OFFICER).get("/mpps/kota-batam/kpis").then().statusCode(403);
    }

    @Test
    void badInputIs400NamingTheField() {
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?from=2026-11-31").then().spec(problem(400))
                .body("errors[0].field", equalTo("from"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?to=23-11-2026").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(DemoUsers.MPP_ADMIN).header("Accept-Language", "en")
                .get("/mpps/kota-jambi/kpis?from=" + TUESDAY + "&to=" + MONDAY).then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("may not be before 'from'"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?from=2026-08-01&to=" + MONDAY).then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("rentang paling panjang 92 hari"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?from=2026-08-24&to=" + MONDAY).then().statusCode(200)
                .body("days", equalTo(92));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?agency=bpn").then().statusCode(400)
                .body("errors[0].field", equalTo("agency"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?agency=Imigrasi!").then().statusCode(400)
                .body("errors[0].field", equalTo("agency"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?service=sim-keliling").then().statusCode(400)
                .body("errors[0].field", equalTo("service"));
        as(DemoUsers.MPP_ADMIN).get("/mpps/kota-jambi/kpis?agency=imigrasi&service=ktp-el").then().statusCode(400)
                .body("errors[0].field", equalTo("service"));
    }

    private static JsonPath kpis(DemoUsers user, String query) {
        return as(user).get("/mpps/kota-jambi/kpis?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static void assertFigures(JsonPath json, String path, long arrived, long served, long notServed,
                                      long waits, long averageWait, long maxWait, long services, long averageService,
                                      long maxService) {
        assertThat(json.getLong(path + ".arrived")).as(path + ".arrived").isEqualTo(arrived);
        assertThat(json.getLong(path + ".visits")).as(path + ".visits").isEqualTo(arrived);
        assertThat(json.getLong(path + ".served")).as(path + ".served").isEqualTo(served);
        assertThat(json.getLong(path + ".notServed")).as(path + ".notServed").isEqualTo(notServed);
        assertThat(json.getLong(path + ".noShows")).as(path + ".noShows").isZero();
        assertThat(json.getLong(path + ".transferredOut")).as(path + ".transferredOut").isZero();
        assertThat(json.getLong(path + ".waitsMeasured")).as(path + ".waitsMeasured").isEqualTo(waits);
        assertThat(json.getLong(path + ".averageWaitSeconds")).as(path + ".averageWaitSeconds").isEqualTo(averageWait);
        assertThat(json.getLong(path + ".maxWaitSeconds")).as(path + ".maxWaitSeconds").isEqualTo(maxWait);
        assertThat(json.getLong(path + ".servicesMeasured")).as(path + ".servicesMeasured").isEqualTo(services);
        assertThat(json.getLong(path + ".averageServiceSeconds")).as(path + ".averageServiceSeconds")
                .isEqualTo(averageService);
        assertThat(json.getLong(path + ".maxServiceSeconds")).as(path + ".maxServiceSeconds").isEqualTo(maxService);
    }

    private static String issue(String token, String service) {
        return TestUsers.as(token).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post("/tickets").then().statusCode(201).extract().path("id");
    }

    private static void call(String token, String ticket, String counter) {
        TestUsers.as(token).body("{\"counterCode\": \"" + counter + "\"}").post("/tickets/" + ticket + "/call")
                .then().statusCode(200).body("status", equalTo("CALLED"));
    }

    private static void complete(String token, String ticket, String outcome) {
        TestUsers.as(token).body("{\"outcome\": \"" + outcome + "\"}").post("/tickets/" + ticket + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    /** A fresh service of {@code agency} at Kota Jambi (waiting target 60 min), so figures start at zero. */
    static String newService(String agency) {
        String code = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "%s", "nameId": "Layanan uji KPI", "nameEn": "KPI test service", "ticketPrefix": "KPI",
                 "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": 0}, "slaMinutes": 60,
                 "slotMinutes": 60}""".formatted(agency))
                .put("/mpps/kota-jambi/services/" + code).then().statusCode(200);
        return code;
    }

    /** A fresh counter of {@code agency} serving only {@code service}. */
    static String newCounter(String agency, String service) {
        String code = "KPI-" + UUID.randomUUID().toString().substring(0, 8);
        as(DemoUsers.MPP_ADMIN).body("""
                {"agencyCode": "%s", "name": "Loket uji KPI", "services": ["%s"]}""".formatted(agency, service))
                .put("/mpps/kota-jambi/counters/" + code).then().statusCode(200);
        return code;
    }
}
