package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The gateway's own duties, with the services behind it unreachable: it rejects callers without a token
 * or the right role before forwarding anything, and turns an unreachable service into a 503 problem.
 * The forwarding itself is exercised end to end in e2e-tests.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class PublicApiSecurityTests {

    @Test
    void aTokenThatDoesNotVerifyIsA401ProblemEvenOnAPublicAddress() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").header("Accept-Language", "en")
                .when().get("/api/v1/services?mpp=kota-jambi")
                .then().spec(problem(401))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthorized"));
        given().when().get("/api/v1/me/survey-invitations").then().spec(problem(401));
    }

    @Test
    void withoutATokenChangesAre401() {
        given().contentType("application/json").body("{}").when().post("/api/v1/tickets").then().statusCode(401);
        given().when().get("/api/v1/me/survey-invitations").then().statusCode(401);
    }

    @Test
    void aCitizenMayNotCallTicketsAndIsRefusedByTheGatewayItself() {
        given().auth().oauth2(DemoUsers.CITIZEN.token()).contentType("application/json")
                .body("{\"counterCode\": \"IMI-1\"}")
                .when().post("/api/v1/tickets/3f2504e0-4f89-11d3-9a0c-0305e82c3301/call")
                .then().spec(problem(403));
    }

    @Test
    void anOfficerHasNoSurveyInvitations() {
        given().auth().oauth2(DemoUsers.IMIGRASI_OFFICER.token())
                .when().get("/api/v1/me/survey-invitations")
                .then().statusCode(403);
    }

    @Test
    void anUnreachableServiceIsA503ProblemInTheCallersLanguage() {
        given().auth().oauth2(DemoUsers.CITIZEN.token()).header("Accept-Language", "en")
                .contentType("application/json").body("{\"mppCode\": \"kota-jambi\", \"serviceCode\": \"ktp-el\"}")
                .when().post("/api/v1/tickets")
                .then().spec(problem(503))
                .header("Retry-After", equalTo("5"))
                .body("title", equalTo("Service temporarily unavailable"));
    }

    @Test
    void theOpenApiDocumentDescribesThePublicApiOnTheManagementPort() {
        given().port(managementPort()).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/tickets'.post.summary", equalTo("Take a walk-in ticket"));
        given().port(managementPort()).when().get("/q/swagger-ui/").then().statusCode(200);
        given().port(managementPort()).when().get("/q/health/ready").then().statusCode(200);
        given().port(managementPort()).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void thePublicPortServesNoOpenApiMetricsOrHealthToAnyone() {
        for (String path : new String[] {"/q/openapi", "/q/metrics", "/q/health", "/q/swagger-ui/"}) {
            given().when().get(path)
                    .then().spec(problem(404))
                    .body("code", equalTo("not-found"));
        }
    }

    @Test
    void aBodyOfMoreThan64KbIsRefusedWithA413ProblemBeforeAnythingIsForwarded() {
        String tooLarge = "{\"mppCode\": \"kota-jambi\", \"note\": \"" + "x".repeat(64 * 1024) + "\"}";
        given().auth().oauth2(DemoUsers.CITIZEN.token()).header("Accept-Language", "en")
                .contentType("application/json").body(tooLarge)
                .when().post("/api/v1/tickets")
                .then().spec(problem(413))
                .body("code", equalTo("payload-too-large"))
                .body("title", equalTo("Request body too large"));
    }

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
