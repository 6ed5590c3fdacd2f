package id.go.mpp.sinergi.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.gates.GatesContract;
import id.go.mpp.sinergi.testing.gates.OpenApiModel;
import id.go.mpp.sinergi.testing.gates.RowCounts;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The gates of every operation of the public gateway (its OpenAPI document, {@code gates/gateway-access.yaml}), with
 * the real services behind it: a refusal by the gateway or relayed from a service is a problem+json, no role gets
 * more than declared, and hostile requests neither get a 5xx nor write rows: not the gateway's record of a success
 * in its audit log (it records refused changes too, by design), nor any row of queue-service, complaint-service
 * or survey-service (tables their consumers and sweeps fill on their own time excepted, see {@link #rowCounts()}).
 * <p>
 * The fixture, made through the gateway for each test: a new imigrasi service (and a second one to transfer to)
 * and counter at MPP kota-jambi, opened by the demo officer; a served visit of the demo citizen (for its survey
 * invitation), a waiting ticket, a booking and a complaint of theirs. After each test the calendar of kota-jambi
 * is put back, the gates' counter closed (and the counter the officer held before reopened) and the citizen's
 * bookings in the gates' services cancelled: the other end-to-end tests share this platform and these users.
 */
class GatewayGatesIT extends GatesContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/v1";

    private static Platform platform;

    private String mppBody;
    private String counter;
    private final List<String> officersFormerCounters = new ArrayList<>();

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
        RestAssured.baseURI = platform.gateway.url();
    }

    @Override
    protected String service() {
        return "agency-gateway";
    }

    @Override
    protected String database() {
        return "gateway";
    }

    @Override
    protected URI baseUrl() {
        return URI.create(platform.gateway.url());
    }

    @Override
    protected OpenApiModel openApi() {
        return OpenApiModel.load(URI.create(platform.gateway.managementUrl() + "/q/openapi?format=json"));
    }

    @Override
    protected String declarations() {
        return "gates/gateway-access.yaml";
    }

    /**
     * The gateway's audit records of a success (it records refused changes too: their status is the refusal's), and
     * the services' tables but those their consumers and sweeps fill on their own time, which a change allowed a
     * moment earlier may make land during a refusal: complaint-service's and survey-service's views of visits from
     * queue events (and survey-service's outbox, written with an invitation), and the booking days queue-service's
     * release sweep adds every 10 minutes (queue-service's own gates count them, under a fixed clock).
     */
    @Override
    protected RowCounts rowCounts() {
        return RowCounts.together(
                // The gateway's view of visits follows the queue topic (a consumer); the message log records refused
                // agency callbacks by design, like the audit log records refused changes.
                RowCounts.ofDatabase("gateway", "visit_step", "booking_reminder", "agency_request", "outbox_event", "message_log",
                        "message_log_head")
                        .where("audit_record", "status < 400"),
                RowCounts.ofDatabase("queue", "booking_day", "booking_slot", "booking_slot_capacity"),
                RowCounts.ofDatabase("complaint", "known_ticket", "escalation", "outbox_event"),
                // The IKM read models follow the survey topic on their own time (a projection), like invitations.
                RowCounts.ofDatabase("survey", "survey_invitation", "outbox_event", "ikm_day", "ikm_month", "served_month",
                        "served_day"));
    }

    @Override
    protected Map<String, String> fixture() throws Exception {
        mppBody = calendarOfKotaJambi();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String service = "gerbang-" + suffix;
        String serviceBody = """
                {"agencyCode": "imigrasi", "nameId": "Layanan uji gerbang", "nameEn": "Gates test service",
                 "ticketPrefix": "GRB", "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": 14}, "slaMinutes": 60,
                 "slotMinutes": 60, "bookingHorizonDays": 7}""";
        as(DemoUsers.MPP_ADMIN).body(serviceBody).put(API + "/mpps/kota-jambi/services/" + service).then().statusCode(200);
        // Transfers go to a gates service too: a ticket moved to a demo service would be the citizen's walk-in there.
        String transferTo = service + "-2";
        as(DemoUsers.MPP_ADMIN).body(serviceBody.replace("GRB", "GRC")).put(API + "/mpps/kota-jambi/services/" + transferTo)
                .then().statusCode(200);
        counter = "G" + suffix.toUpperCase();
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"Loket uji gerbang\", \"services\": [\""
                + service + "\"]}").put(API + "/mpps/kota-jambi/counters/" + counter).then().statusCode(200);
        freeTheOfficer();
        as(DemoUsers.IMIGRASI_OFFICER).post(API + "/counters/kota-jambi/" + counter + "/open").then().statusCode(200);

        // A served visit, for a survey invitation; then the waiting ticket the gates work on.
        JsonPath served = issueTicket(service);
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"counterCode\": \"" + counter + "\"}")
                .post(API + "/tickets/" + served.getString("id") + "/call").then().statusCode(200);
        as(DemoUsers.IMIGRASI_OFFICER).body("{\"outcome\": \"SERVED\"}")
                .post(API + "/tickets/" + served.getString("id") + "/complete").then().statusCode(200);
        JsonPath ticket = issueTicket(service);

        String date = nextBookableDay(service);
        String booking = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service
                        + "\", \"date\": \"" + date + "\", \"slot\": \"10:00\"}")
                .post(API + "/bookings").then().statusCode(201).extract().path("code");
        String complaint = complaintOfTheCitizen();
        String forDisposition = complaintOfTheCitizen();
        String servedVisit = served.getString("visitId");
        String invitation = await().atMost(Duration.ofSeconds(30)).until(() -> as(DemoUsers.CITIZEN)
                        .get(API + "/me/survey-invitations").then().statusCode(200).extract()
                        .<String>path("find { it.visitId == '" + servedVisit + "' }.id"),
                id -> id != null);

        return Map.ofEntries(Map.entry("service", service), Map.entry("serviceBody", serviceBody),
                Map.entry("transferTo", transferTo), Map.entry("counter", counter),
                Map.entry("ticket", ticket.getString("id")), Map.entry("visit", ticket.getString("visitId")),
                Map.entry("booking", booking), Map.entry("date", date), Map.entry("mppBody", mppBody),
                Map.entry("invitation", invitation), Map.entry("surveyCode", served.getString("surveyCode")),
                Map.entry("complaint", complaint),
                Map.entry("forDisposition", forDisposition));
    }

    private static String complaintOfTheCitizen() {
        return as(DemoUsers.CITIZEN)
                .body("{\"category\": \"PENGADUAN\", \"description\": \"Loket imigrasi tutup sebelum jam\", "
                        + "\"mppCode\": \"kota-jambi\", \"agencyCode\": \"imigrasi\"}")
                .post(API + "/complaints").then().statusCode(201).extract().path("trackingId");
    }

    @AfterEach
    void leaveThePlatformAsItWas() {
        if (mppBody != null) {
            as(DemoUsers.MPP_ADMIN).body(mppBody).put(API + "/mpps/kota-jambi").then().statusCode(200);
        }
        if (counter != null) {
            as(DemoUsers.IMIGRASI_OFFICER).post(API + "/counters/kota-jambi/" + counter + "/close");
        }
        for (String former : officersFormerCounters) {
            as(DemoUsers.IMIGRASI_OFFICER).post(API + "/counters/kota-jambi/" + former + "/open");
        }
        officersFormerCounters.clear();
        // A citizen holds at most 5 active bookings: the gates' must not crowd out the other tests' bookings.
        List<Map<String, Object>> bookings = as(DemoUsers.CITIZEN).get(API + "/bookings/mine?size=100")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> booking : bookings) {
            String status = String.valueOf(booking.get("status"));
            if (String.valueOf(booking.get("serviceCode")).startsWith("gerbang-")
                    && (status.equals("PENDING") || status.equals("CONFIRMED"))) {
                as(DemoUsers.CITIZEN).post(API + "/bookings/" + booking.get("code") + "/cancel");
            }
        }
    }

    /** The demo officer may hold another counter (other tests open IMI-1): closed now, reopened after the test. */
    private void freeTheOfficer() {
        String officer = DemoUsers.IMIGRASI_OFFICER.accountId();
        List<Map<String, Object>> counters = as(DemoUsers.IMIGRASI_OFFICER).get(API + "/mpps/kota-jambi/counters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> held : counters) {
            if ("OPEN".equals(held.get("status")) && officer.equals(held.get("officerId"))) {
                String code = String.valueOf(held.get("code"));
                as(DemoUsers.IMIGRASI_OFFICER).post(API + "/counters/kota-jambi/" + code + "/close")
                        .then().statusCode(200);
                officersFormerCounters.add(code);
            }
        }
    }

    private static JsonPath issueTicket(String service) {
        return as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post(API + "/tickets").then().statusCode(201).extract().jsonPath();
    }

    /** What PUT /mpps/kota-jambi takes, as it is now. */
    private static String calendarOfKotaJambi() throws Exception {
        ObjectNode mpp = (ObjectNode) JSON.readTree(given().get(API + "/mpps/kota-jambi").then().statusCode(200)
                .extract().asString());
        ObjectNode body = JSON.createObjectNode();
        for (String field : new String[]{"name", "timeZone", "openingHours", "closedDays"}) {
            body.set(field, mpp.get(field));
        }
        return JSON.writeValueAsString(body);
    }

    /** Tomorrow in Jambi, or the next day after it the MPP serves (the demo calendar has public holidays). */
    private static String nextBookableDay(String service) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            if (given().get(API + "/services/" + service + "/slots?mpp=kota-jambi&date=" + day).statusCode() == 200) {
                return day.toString();
            }
        }
        throw new AssertionError("No bookable day within a week");
    }
}
