package id.go.mpp.sinergi.gateway.grants;

import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.gateway.adapters.AgencyStandIns;
import id.go.mpp.sinergi.gateway.app.grants.AgencyGrants;
import id.go.mpp.sinergi.gateway.app.grants.GatewayOperationIndex;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.EmbeddedPostgresServer;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakServer;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * Access rights of agency systems (issue 20): an agency's system calls only the operations granted to its agency at
 * its MPP (403 operation-not-granted otherwise), the endpoints' own rules come after; users and kiosks are governed
 * by their roles alone; the MPP admin manages the grants of their own MPP, changes hold at once and are audited.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
@QuarkusTestResource(AgencyStandIns.class)
class AgencyGrantTests {

    private static final String GRANTS = "/api/v1/mpps/kota-jambi/agency-grants";
    private static final String IDENTITY = "GET /api/v1/visits/{visitId}/identity-verification";
    private static final String VERIFIED = "id.go.mpp.agency.identity-verified.v1";
    private static final String COUNTERS = "GET /api/v1/mpps/{mpp}/counters";
    private static final String COUNTER = "GET /api/v1/counters/{mpp}/{code}";

    /** What the Flyway seed grants each of kota-jambi's agency systems; put back after every test. */
    private static final List<String> SEED_OPERATIONS = List.of(
            IDENTITY,
            "GET /api/v1/visits/{visitId}/applications",
            "GET /api/v1/visits/{visitId}/business-check",
            "GET /api/v1/message-log",
            "GET /api/v1/message-log/{seq}",
            "GET /api/v1/complaints",
            "POST /api/v1/complaints/{trackingId}/start",
            "POST /api/v1/complaints/{trackingId}/respond",
            "POST /api/v1/complaints/{trackingId}/not-our-authority",
            "GET /api/v1/operator/events",
            COUNTERS,
            COUNTER,
            "GET /api/v1/mpps/{mpp}/kpis");
    private static final List<String> SEED_EVENT_TYPES = List.of(
            VERIFIED,
            "id.go.mpp.agency.check-completed.v1",
            "id.go.mpp.agency.request-dead-lettered.v1",
            "id.go.mpp.agency.application-created.v1",
            "id.go.mpp.agency.application-status-changed.v1",
            "id.go.mpp.agency.business-identity-checked.v1",
            "id.go.mpp.agency.licence-status-changed.v1",
            "id.go.mpp.queue.ticket-issued.v1",
            "id.go.mpp.queue.ticket-checked-in.v1",
            "id.go.mpp.queue.ticket-called.v1",
            "id.go.mpp.queue.ticket-recalled.v1",
            "id.go.mpp.queue.ticket-no-show.v1",
            "id.go.mpp.queue.ticket-parked.v1",
            "id.go.mpp.queue.ticket-returned-to-queue.v1",
            "id.go.mpp.queue.ticket-priority-confirmed.v1",
            "id.go.mpp.queue.service-started.v1",
            "id.go.mpp.queue.ticket-completed.v1",
            "id.go.mpp.queue.ticket-transferred.v1");

    @Inject
    AgencyGrants grants;

    @Inject
    GatewayOperationIndex operations;

    @AfterEach
    void seedAgain() {
        for (String agency : List.of("imigrasi", "dukcapil", "dpmptsp")) {
            replace(DemoUsers.MPP_ADMIN.token(), GRANTS, agency, SEED_OPERATIONS, SEED_EVENT_TYPES)
                    .then().statusCode(200);
        }
    }

    private static String oss() {
        return KeycloakServer.shared().clientToken("agency-oss", "oss-dev-secret");
    }

    private static String visit() {
        return "/api/v1/visits/visit-" + UUID.randomUUID();
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).header("Accept-Language", "en").when().get(path);
    }

    private static Response replace(String token, String grants, String agency, List<String> operations,
                                    List<String> eventTypes) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("operations", operations, "eventTypes", eventTypes))
                .when().put(grants + "/" + agency);
    }

    private static String otherMppAdmin() {
        return KeycloakServer.shared().userTokens("grants-batam-admin-" + UUID.randomUUID().toString()
                .substring(0, 8), 1, "mpp-admin", Map.of("mpp", "kota-batam")).get(0);
    }

    /** A system of agency dpmptsp at another MPP: the same agency code, another {@code mpp} claim. */
    private static String otherMppSystem() {
        return KeycloakServer.shared().userTokens("grants-batam-oss-" + UUID.randomUUID().toString()
                .substring(0, 8), 1, "agency-system", Map.of("mpp", "kota-batam", "agency", "dpmptsp")).get(0);
    }

    @Test
    void everyCallOfAnAgencysSystemIsAnEntryOfTheMessageLogWithTheStatusItWasAnswered() {
        String visit = visit();
        get(oss(), visit + "/identity-verification").then().spec(problem(404));

        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).queryParam("agency", "dpmptsp")
                .queryParam("operation", "GET /api/v1/visits/{visitId}/identity-verification")
                .when().get("/api/v1/message-log").then().statusCode(200)
                .body("items[0].direction", equalTo("IN"))
                .body("items[0].subjectId", equalTo(visit + "/identity-verification"))
                .body("items[0].outcome", equalTo("404"))
                .body("items[0].actor", equalTo("agency system dpmptsp"))
                .body("items[0].mppCode", equalTo("kota-jambi"))
                .body("items[0].payloadSha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        // the system reads its own entries (a call, logged too); not the calls of other agencies' systems
        given().auth().oauth2(oss()).queryParam("direction", "IN").when().get("/api/v1/message-log")
                .then().statusCode(200)
                .body("items.operation", hasItem("GET /api/v1/visits/{visitId}/identity-verification"))
                .body("items.agencyCode", org.hamcrest.Matchers.everyItem(equalTo("dpmptsp")));
    }

    @Test
    void aGrantedOperationPassesToTheEndpointsOwnRulesAndIsRefusedOnceRevoked() {
        // granted by the seed: the filter lets it through, the endpoint finds no visit of dpmptsp's
        get(oss(), visit() + "/identity-verification").then().spec(problem(404));

        List<String> withoutIdentity = SEED_OPERATIONS.stream().filter(o -> !o.equals(IDENTITY)).toList();
        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp", withoutIdentity, SEED_EVENT_TYPES)
                .then().statusCode(200).body("operations.name", not(hasItem(IDENTITY)));

        get(oss(), visit() + "/identity-verification").then().spec(problem(403))
                .body("code", equalTo("operation-not-granted"))
                .body("detail", containsString(IDENTITY)).body("detail", containsString("dpmptsp"));
        given().auth().oauth2(oss()).when().get(visit() + "/identity-verification").then().spec(problem(403))
                .body("detail", containsString("tidak diberi hak untuk operasi " + IDENTITY));
        // the other grants still hold
        get(oss(), visit() + "/applications").then().spec(problem(404));

        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).when().delete(GRANTS + "/dpmptsp")
                .then().statusCode(204);
        get(oss(), visit() + "/applications").then().spec(problem(403)).body("code", equalTo("operation-not-granted"));
        get(oss(), "/api/v1/message-log").then().spec(problem(403))
                .body("detail", containsString("GET /api/v1/message-log"));
    }

    @Test
    void usersAndKiosksAreGovernedByTheirRolesNeverByGrants() {
        for (String agency : List.of("imigrasi", "dukcapil", "dpmptsp")) {
            given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).when().delete(GRANTS + "/" + agency)
                    .then().statusCode(204);
        }
        String kiosk = KeycloakServer.shared().clientToken("kiosk-kota-jambi", "kiosk-dev-secret");
        for (String token : List.of(DemoUsers.CITIZEN.token(), DemoUsers.IMIGRASI_OFFICER.token(),
                DemoUsers.IMIGRASI_ADMIN.token(), DemoUsers.MPP_ADMIN.token(), kiosk)) {
            get(token, visit() + "/identity-verification").then().spec(problem(404))
                    .body("code", not(equalTo("operation-not-granted")));
        }
        get(DemoUsers.IMIGRASI_ADMIN.token(), "/api/v1/message-log").then().statusCode(200);
        get(KeycloakServer.shared().clientToken("agency-simkim", "simkim-dev-secret"), "/api/v1/message-log")
                .then().spec(problem(403)).body("code", equalTo("operation-not-granted"));
    }

    @Test
    void aRoleThatMayNotCallAnOperationIsRefusedByItsRoleBeforeAnyGrant() {
        get(oss(), GRANTS).then().spec(problem(403)).body("code", equalTo("forbidden"));
        get(oss(), "/api/v1/adapters").then().spec(problem(403)).body("code", equalTo("forbidden"));
        given().auth().oauth2(oss()).contentType("application/json")
                .body(Map.of("operations", List.of(), "eventTypes", List.of()))
                .when().put(GRANTS + "/dpmptsp").then().spec(problem(403)).body("code", equalTo("forbidden"));
    }

    @Test
    void aPublicOperationNeedsNoGrant() {
        // queue-service does not run in these tests: 503 is the relay's answer, past every check of the gateway
        get(oss(), "/api/v1/services?mpp=kota-jambi").then().spec(problem(503));
    }

    @Test
    void anAgencysSystemReadsItsCountersAndKpisThroughTheGatewayAsGrantedButWorksNoCounter() {
        // queue-service does not run in these tests: 503 is the relay's answer, past every check of the gateway;
        // queue-service scopes each to the token's agency (its CounterResourceTests and KpiResourceTests)
        get(oss(), "/api/v1/mpps/kota-jambi/counters").then().spec(problem(503));
        get(oss(), "/api/v1/counters/kota-jambi/OSS-1").then().spec(problem(503));
        get(oss(), "/api/v1/mpps/kota-jambi/kpis").then().spec(problem(503));
        // acting at a counter is an officer's (or the agency admin's), whatever the grants
        given().auth().oauth2(oss()).when().post("/api/v1/counters/kota-jambi/OSS-1/call-next")
                .then().spec(problem(403)).body("code", equalTo("forbidden"));
        given().auth().oauth2(oss()).when().post("/api/v1/tickets/" + UUID.randomUUID() + "/start")
                .then().spec(problem(403)).body("code", equalTo("forbidden"));
        given().auth().oauth2(oss()).when().get("/api/v1/tickets/" + UUID.randomUUID())
                .then().spec(problem(403)).body("code", equalTo("forbidden"));

        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp",
                SEED_OPERATIONS.stream().filter(o -> !o.equals(COUNTER) && !o.equals(COUNTERS)).toList(),
                SEED_EVENT_TYPES).then().statusCode(200);
        get(oss(), "/api/v1/counters/kota-jambi/OSS-1").then().spec(problem(403))
                .body("code", equalTo("operation-not-granted")).body("detail", containsString(COUNTER));
        get(oss(), "/api/v1/mpps/kota-jambi/counters").then().spec(problem(403))
                .body("code", equalTo("operation-not-granted"));
        get(oss(), "/api/v1/mpps/kota-jambi/kpis").then().spec(problem(503));
    }

    @Test
    void grantsOfOneMppOpenNothingForTheSameAgencysSystemAtAnotherMpp() {
        String batamSystem = otherMppSystem();
        String batamAdmin = otherMppAdmin();
        String batamGrants = "/api/v1/mpps/kota-batam/agency-grants";

        get(batamSystem, visit() + "/identity-verification").then().spec(problem(403))
                .body("code", equalTo("operation-not-granted")).body("detail", containsString("kota-batam"));

        // kota-batam's admin finds nothing of kota-jambi's and changes nothing of it
        get(batamAdmin, GRANTS).then().spec(problem(404));
        replace(batamAdmin, GRANTS, "dpmptsp", List.of(), List.of()).then().spec(problem(404));
        given().auth().oauth2(batamAdmin).when().delete(GRANTS + "/dpmptsp").then().spec(problem(404));
        get(DemoUsers.MPP_ADMIN.token(), GRANTS + "?agency=dpmptsp").then().statusCode(200)
                .body("agencies[0].operations.name", hasItem(IDENTITY));
        assertThat(grants.mayCall("kota-jambi", "dpmptsp", IDENTITY)).isTrue();

        // their own grants open it for their own system only; kota-jambi's admin sees none of them
        replace(batamAdmin, batamGrants, "dpmptsp", List.of(IDENTITY), List.of()).then().statusCode(200);
        get(batamSystem, visit() + "/identity-verification").then().spec(problem(404));
        get(DemoUsers.MPP_ADMIN.token(), batamGrants).then().spec(problem(404));
        given().auth().oauth2(batamAdmin).when().delete(batamGrants + "/dpmptsp").then().statusCode(204);
        get(batamSystem, visit() + "/identity-verification").then().spec(problem(403));
    }

    @Test
    void unknownOperationsAndEventTypesAre400NamingEachEntryAndChangeNothing() {
        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp",
                List.of(IDENTITY, "GET /api/v1/nothing-here", "POST /api/v1/tickets", "GET /api/v1/services",
                        "message-log"),
                List.of(VERIFIED, "id.go.mpp.agency.nothing.v1"))
                .then().spec(problem(400))
                .body("errors.field", equalTo(List.of("operations[1]", "operations[2]", "operations[3]",
                        "operations[4]", "eventTypes[1]")));
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).contentType("application/json")
                .body(Map.of("operations", List.of())).when().put(GRANTS + "/dpmptsp")
                .then().spec(problem(400)).body("errors.field", equalTo(List.of("eventTypes")));
        given().auth().oauth2(DemoUsers.MPP_ADMIN.token()).contentType("application/json")
                .when().put(GRANTS + "/dpmptsp").then().spec(problem(400));
        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "Not-An-Agency!", List.of(), List.of())
                .then().spec(problem(400)).body("errors.field", equalTo(List.of("agency")));

        get(oss(), visit() + "/identity-verification").then().spec(problem(404));
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", VERIFIED)).isTrue();
    }

    @Test
    void anOperationWrittenWithOtherTemplateNamesIsGrantedAsTheGatewaySpellsIt() {
        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp",
                List.of("get /api/v1/visits/{id}/identity-verification/"), List.of())
                .then().statusCode(200)
                .body("agencyCode", equalTo("dpmptsp"))
                .body("operations.name", equalTo(List.of(IDENTITY)))
                .body("eventTypes", equalTo(List.of()));
        get(oss(), visit() + "/identity-verification").then().spec(problem(404));
        get(oss(), visit() + "/applications").then().spec(problem(403));
    }

    @Test
    void eventTypesGrantedDecideWhatAnAgencysSystemMayReceiveAtOnce() {
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", VERIFIED)).isTrue();
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", "id.go.mpp.queue.ticket-called.v1")).isTrue();
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", "id.go.mpp.complaint.complaint-submitted.v1"))
                .isFalse();
        assertThat(grants.mayReceive("kota-batam", "dpmptsp", VERIFIED)).isFalse();
        assertThat(grants.mayReceive("kota-jambi", "bpjs-kesehatan", VERIFIED)).isFalse();

        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp", SEED_OPERATIONS,
                List.of("id.go.mpp.complaint.complaint-dispositioned.v1")).then().statusCode(200);
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", VERIFIED)).isFalse();
        assertThat(grants.mayReceive("kota-jambi", "dpmptsp", "id.go.mpp.complaint.complaint-dispositioned.v1"))
                .isTrue();
    }

    @Test
    void aChangeIsAuditedAndWrittenToTheMessageLogOfItsAgency() throws SQLException {
        replace(DemoUsers.MPP_ADMIN.token(), GRANTS, "dpmptsp", List.of(IDENTITY), List.of(VERIFIED))
                .then().statusCode(200);
        replace(otherMppAdmin(), GRANTS, "dpmptsp", List.of(), List.of()).then().spec(problem(404));

        try (Connection db = database(); PreparedStatement s = db.prepareStatement("""
                select caller_kind, status from audit_record
                where action = 'agency-grants.replace' and target = 'mpps/kota-jambi/agency-grants/dpmptsp'
                order by id desc limit 2""")) {
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt("status")).isEqualTo(404);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("caller_kind")).isEqualTo("mpp-admin");
                assertThat(rows.getInt("status")).isEqualTo(200);
            }
        }
        JsonPath entry = get(DemoUsers.MPP_ADMIN.token(),
                "/api/v1/message-log?agency=dpmptsp&operation=agency-grants.replace&size=1")
                .then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("items[0].direction")).isEqualTo("IN");
        assertThat(entry.getString("items[0].mppCode")).isEqualTo("kota-jambi");
        assertThat(entry.getString("items[0].subjectId")).isEqualTo("mpps/kota-jambi/agency-grants/dpmptsp");
        assertThat(entry.getString("items[0].details.operationsRevoked")).contains("GET /api/v1/message-log")
                .doesNotContain(IDENTITY);
        assertThat(entry.getString("items[0].details.eventTypesRevoked")).contains("id.go.mpp.queue.ticket-issued.v1");
        // the agency's own system reads it among its entries (once it may read the log again)
        seedAgain();
        get(oss(), "/api/v1/message-log?operation=agency-grants.replace&size=1").then().statusCode(200)
                .body("items[0].agencyCode", equalTo("dpmptsp"));
    }

    @Test
    void theSeedGrantsOnlyOperationsAgencySystemsMayCall() {
        assertThat(operations.operations().grantable()).containsAll(SEED_OPERATIONS)
                .doesNotContain("POST /api/v1/tickets", "GET /api/v1/services", "GET /api/v1/mpps/{mpp}/agency-grants");
        get(DemoUsers.MPP_ADMIN.token(), GRANTS).then().statusCode(200)
                .body("mppCode", equalTo("kota-jambi"))
                .body("agencies.agencyCode", hasItems("dpmptsp", "dukcapil", "imigrasi"))
                .body("agencies.find { it.agencyCode == 'imigrasi' }.operations.name",
                        equalTo(SEED_OPERATIONS.stream().sorted().toList()))
                .body("agencies.find { it.agencyCode == 'imigrasi' }.eventTypes.name",
                        equalTo(SEED_EVENT_TYPES.stream().sorted().toList()));
        get(DemoUsers.MPP_ADMIN.token(), GRANTS + "?agency=nobody").then().statusCode(200)
                .body("agencies", equalTo(List.of()));
    }

    private static Connection database() throws SQLException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        return DriverManager.getConnection(server.jdbcUrl("gateway"), server.username(), server.password());
    }
}
