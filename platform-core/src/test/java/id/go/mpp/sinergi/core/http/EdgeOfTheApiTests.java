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

    @Test
    void anUnreadableAcceptLanguageOnABodyThatFailsValidationIsA400ProblemInIndonesianNotA500() {
        for (String language : new String[] {"-", "en;q=abc", "*-", "--en"}) {
            given().contentType("application/json").header("Accept-Language", language).body("{\"owner\": \"\"}")
                    .when().post("/test/problems/parcels")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("validation"))
                    .body("title", equalTo("Data permintaan tidak valid"));
        }
    }

    @Test
    void aPathWithABrokenPercentEscapeIsA400ProblemInTheCallersLanguage() throws Exception {
        for (String target : new String[] {"/test/problems/parcels/%zz", "/test/problems/parcels/%",
                "/test/problems/parcels/%zz/deliver", "/test/problems/%7/parcels"}) {
            RawAnswer answer = raw("GET " + target + " HTTP/1.1", "Accept-Language: en");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("content-type")).as(target).startsWith("application/problem+json");
            assertThat(answer.header("content-language")).as(target).isEqualTo("en");
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("code").asText()).isEqualTo("malformed-uri");
            assertThat(problem.path("title").asText()).isEqualTo("Malformed request");
            assertThat(problem.path("instance").asText()).isEqualTo(target);
        }
    }

    @Test
    void aQueryWithABrokenPercentEscapeOrAnUnencodedCharacterIsA400ProblemInIndonesianByDefault() throws Exception {
        for (String target : new String[] {"/test/problems/parcels/1?date=%zz", "/test/problems/parcels/1?x=%",
                "/test/problems/parcels/1?x=a|b", "/test/problems/parcels/%22%3E\\"}) {
            RawAnswer answer = raw("POST " + target + " HTTP/1.1", "Content-Type: application/json",
                    "Content-Length: 2", "", "{}");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("content-type")).as(target).startsWith("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertThat(problem.path("code").asText()).as(target).isEqualTo("malformed-uri");
            assertThat(problem.path("title").asText()).isEqualTo("Format permintaan salah");
        }
    }

    @Test
    void wellEncodedPathsStillReachTheirEndpoint() throws Exception {
        RawAnswer answer = raw("GET /test/problems/parcels/a%20b%25 HTTP/1.1", "Accept-Language: en");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(answer.body()).path("detail").asText())
                .isEqualTo("Parcel a b% not found");
    }

    private record RawAnswer(int status, java.util.Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** One HTTP/1.1 request as written (no client encodes or refuses the target), answer read to the end. */
    private RawAnswer raw(String requestLine, String... lines) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(parcels.getHost(), parcels.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: ").append(parcels.getHost()).append("\r\n").append("Connection: close\r\n");
            boolean body = false;
            for (String line : lines) {
                request.append(line);
                if (!body) {
                    request.append("\r\n");
                }
                body = body || line.isEmpty();
            }
            if (!body) {
                request.append("\r\n");
            }
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, end).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        head[i].substring(colon + 1).trim());
            }
            return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(end + 4));
        }
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
