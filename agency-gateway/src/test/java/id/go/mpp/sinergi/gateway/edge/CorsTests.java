package id.go.mpp.sinergi.gateway.edge;

import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Browsers of the configured web apps may call the API (bearer tokens, no cookies); pages of other origins are
 * refused with a problem (Quarkus' own refusal has no body).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class CorsTests {

    private static final String WEB_APP = "http://localhost:5173";

    @Test
    void aPreflightFromAWebAppIsAllowedWithTheHeadersTheApiReads() {
        given().header("Origin", WEB_APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers",
                        "authorization,content-type,accept-language,idempotency-key,x-complaint-secret")
                .when().options("/api/v1/tickets")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WEB_APP))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("X-Complaint-Secret"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Accept-Language"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    void aPreflightFromAnotherOriginIsA403ProblemWithoutPermission() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .header("Accept-Language", "en")
                .when().options("/api/v1/tickets")
                .then().spec(problem(403))
                .body("code", equalTo("origin-not-allowed"))
                .body("title", equalTo("Access denied"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anAnswerToAWebAppExposesTheHeadersItNeeds() {
        given().header("Origin", "http://127.0.0.1:8080")
                .when().get("/api/v1/nowhere")
                .then().statusCode(404)
                .header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:8080"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void aRequestFromAPageOfAnotherOriginIsA403ProblemNotAnEmptyAnswer() {
        for (String origin : new String[] {"https://evil.example", "null", "http://localhost:5173.evil.example"}) {
            given().header("Origin", origin)
                    .when().get("/api/v1/services?mpp=kota-jambi")
                    .then().spec(problem(403))
                    .body("code", equalTo("origin-not-allowed"))
                    .body("instance", equalTo("/api/v1/services"))
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }
}
