package id.go.mpp.sinergi.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every Sinergi service shows at its HTTP edge: the API alone on the public port (health, metrics and the
 * OpenAPI document on the loopback management port) and request bodies limited to what a form needs.
 */
@QuarkusTest
class EdgeOfTheApiTests {

    /** 64 KB is the limit (platform-core's defaults); one byte more is refused. */
    private static final int TOO_LARGE = 64 * 1024 + 1;

    @TestHTTPResource("/test/problems/parcels")
    URI parcels;

    @Test
    void thePublicPortServesNoHealthMetricsOrOpenApiButAProblem() {
        for (String path : new String[] {"/q/health", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().when().get(path)
                    .then().spec(problem(404))
                    .body("code", equalTo("not-found"));
        }
    }

    @Test
    void theManagementPortServesHealthMetricsOpenApiAndTheSwaggerUi() {
        int port = managementPort();
        given().port(port).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().port(port).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("sinergi_security_token_cache_size"));
        given().port(port).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/test/problems/parcels'", org.hamcrest.Matchers.notNullValue());
        given().port(port).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aBodyLargerThan64KbIsRefusedWithA413ProblemInIndonesianByDefault() {
        given().contentType("application/json").body(jsonOf(TOO_LARGE))
                .when().post("/test/problems/parcels")
                .then().spec(problem(413))
                .header("Content-Language", "id")
                .body("status", equalTo(413))
                .body("code", equalTo("payload-too-large"))
                .body("title", equalTo("Isi permintaan terlalu besar"))
                .body("detail", containsString("64 KB"))
                .body("instance", equalTo("/test/problems/parcels"));
    }

    @Test
    void aBodyLargerThan64KbIsRefusedInEnglishOnRequest() {
        given().contentType("application/json").header("Accept-Language", "en-GB,en;q=0.8")
                .body(jsonOf(TOO_LARGE))
                .when().post("/test/problems/parcels")
                .then().spec(problem(413))
                .body("title", equalTo("Request body too large"));
    }

    @Test
    void aChunkedBodyThatGrowsPast64KbIsA413Problem() throws Exception {
        HttpResponse<String> response = postChunked(jsonOf(TOO_LARGE));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("payload-too-large");
        assertThat(problem.path("title").asText()).isEqualTo("Isi permintaan terlalu besar");
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheEndpointWhole() throws Exception {
        HttpResponse<String> response = postChunked("{\"owner\": \"Siti\", \"weightGrams\": 0}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = new ObjectMapper().readTree(response.body());
        // The endpoint saw the owner (not blank) and the weight (too small): it read the whole body.
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("weightGrams");
    }

    @Test
    void aBodyWithinTheLimitIsReadAsUsual() {
        given().contentType("application/json").body("{\"owner\": \"\"}")
                .when().post("/test/problems/parcels")
                .then().statusCode(400)
                .body("code", equalTo("validation"));
    }

    private HttpResponse<String> postChunked(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(parcels)
                .header("Content-Type", "application/json")
                // An InputStream publisher has no length: the body is sent chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A JSON object of exactly {@code size} bytes. */
    private static String jsonOf(int size) {
        String prefix = "{\"owner\": \"";
        String suffix = "\"}";
        return prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix;
    }
}
