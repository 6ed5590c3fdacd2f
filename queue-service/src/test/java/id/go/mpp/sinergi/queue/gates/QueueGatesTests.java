package id.go.mpp.sinergi.queue.gates;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.gates.GatesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.DemoUsers.as;
import static io.restassured.RestAssured.given;

/**
 * The gates of every queue-service endpoint, from its OpenAPI document and {@code gates/access.yaml}. The fixture
 * (made anew for each test, at Monday 23 November 2026, 10:00 WIB) is a new imigrasi service and counter at MPP
 * kota-jambi, a ticket and a Tuesday booking of the demo citizen; MPP kota-jambi's calendar is put back after each
 * test, since its admin may change it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS + "," + Topics.QUEUE_BOOKINGS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class QueueGatesTests extends GatesContract {

    private static final Instant MONDAY_10_WIB = Instant.parse("2026-11-23T03:00:00Z");
    private static final String TUESDAY = "2026-11-24";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String mppBody;

    @Override
    protected String service() {
        return "queue-service";
    }

    @Override
    protected String database() {
        return "queue";
    }

    @Override
    protected Map<String, String> fixture() throws Exception {
        QuarkusMock.installMockForType(Clock.fixed(MONDAY_10_WIB, ZoneOffset.UTC), Clock.class);
        mppBody = calendarOfKotaJambi();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String service = "gerbang-" + suffix;
        String serviceBody = """
                {"agencyCode": "imigrasi", "nameId": "Layanan uji gerbang", "nameEn": "Gates test service",
                 "ticketPrefix": "GRB", "requirementsId": [], "requirementsEn": [], "feeRupiah": 0, "serviceMinutes": 15,
                 "dailyQuota": {"regular": 20, "priority": 5, "online": 14}, "slaMinutes": 60,
                 "slotMinutes": 60, "bookingHorizonDays": 14}""";
        as(DemoUsers.MPP_ADMIN).body(serviceBody).put("/mpps/kota-jambi/services/" + service).then().statusCode(200);
        String counter = "G" + suffix.toUpperCase();
        as(DemoUsers.MPP_ADMIN).body("{\"agencyCode\": \"imigrasi\", \"name\": \"Loket uji gerbang\", \"services\": [\""
                + service + "\"]}").put("/mpps/kota-jambi/counters/" + counter).then().statusCode(200);
        // The demo officer may still hold another counter from an earlier test: then the matrix sees a 409, not a leak.
        as(DemoUsers.IMIGRASI_OFFICER).post("/counters/kota-jambi/" + counter + "/open");
        JsonPath ticket = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service + "\"}")
                .post("/tickets").then().statusCode(201).extract().jsonPath();
        String booking = as(DemoUsers.CITIZEN).body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"" + service
                        + "\", \"date\": \"" + TUESDAY + "\", \"slot\": \"10:00\"}")
                .post("/bookings").then().statusCode(201).extract().path("code");
        return Map.of("service", service, "serviceBody", serviceBody, "counter", counter,
                "ticket", ticket.getString("id"), "visit", ticket.getString("visitId"), "booking", booking,
                "date", TUESDAY, "mppBody", mppBody);
    }

    @AfterEach
    void putTheCalendarBack() {
        as(DemoUsers.MPP_ADMIN).body(mppBody).put("/mpps/kota-jambi").then().statusCode(200);
        as(DemoUsers.MPP_ADMIN).body("{\"name\": \"Instansi uji gerbang\"}").put("/mpps/kota-jambi/agencies/gates-uji")
                .then().statusCode(200);
    }

    /** What PUT /mpps/kota-jambi takes, as it is now. */
    private static String calendarOfKotaJambi() throws Exception {
        ObjectNode mpp = (ObjectNode) JSON.readTree(given().get("/mpps/kota-jambi").then().statusCode(200)
                .extract().asString());
        ObjectNode body = JSON.createObjectNode();
        for (String field : new String[]{"name", "timeZone", "openingHours", "closedDays"}) {
            body.set(field, mpp.get(field));
        }
        return JSON.writeValueAsString(body);
    }
}
