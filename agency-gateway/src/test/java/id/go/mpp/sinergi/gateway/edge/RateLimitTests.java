package id.go.mpp.sinergi.gateway.edge;

import id.go.mpp.sinergi.gateway.GatewayTestTopics;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.TestUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.mpp.sinergi.testing.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The public port's rate limit with small buckets (this class restarts the application with its own profile): an
 * address gets 4 requests, a client 2, both refilled at one a minute. The test client stands behind a trusted proxy
 * (127.0.0.1), so each test picks its addresses with {@code X-Forwarded-For}.
 */
@QuarkusTest
@TestProfile(RateLimitTests.SmallBuckets.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = GatewayTestTopics.ALL))
class RateLimitTests {

    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // The test resources switch dev services off at run time; a profile's build must agree.
                    "quarkus.datasource.devservices.enabled", "false",
                    "quarkus.kafka.devservices.enabled", "false",
                    "sinergi.gateway.rate-limit.ip-burst", "4",
                    "sinergi.gateway.rate-limit.ip-per-minute", "1",
                    "sinergi.gateway.rate-limit.client-burst", "2",
                    "sinergi.gateway.rate-limit.client-per-minute", "1",
                    "sinergi.gateway.rate-limit.trusted-proxies", "127.0.0.1,::1",
                    "sinergi.gateway.rate-limit.exempt-paths", "/api/v1/not-counted/");
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String FORGED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    @Test
    void anAddressMakesItsBurstThenGetsA429ProblemWithRetryAfterInItsLanguage() {
        String address = newAddress();
        from(address).when().get("/api/v1/nowhere").then().spec(problem(404))
                .header(RateLimiting.LIMIT, "4").header(RateLimiting.REMAINING, "3");
        // Answers the gateway relays carry the headers too (here: queue-service is down in the tests).
        from(address).when().get("/api/v1/services?mpp=kota-jambi").then().spec(problem(503))
                .header(RateLimiting.REMAINING, "2");
        from(address).when().get("/api/v1/nowhere").then().header(RateLimiting.REMAINING, "1");
        from(address).when().get("/api/v1/nowhere").then().header(RateLimiting.REMAINING, "0");

        Response refused = from(address).header("Accept-Language", "en").header("Origin", "http://localhost:5173")
                .when().get("/api/v1/nowhere");
        refused.then().spec(problem(429))
                .body("code", equalTo("too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("instance", equalTo("/api/v1/nowhere"))
                .header("Content-Language", "en")
                .header(RateLimiting.LIMIT, "4")
                .header(RateLimiting.REMAINING, "0")
                // A web app may read why and how long to wait.
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.jsonPath().getString("detail")).contains(refused.header("Retry-After") + " seconds");

        from(address).when().get("/api/v1/services?mpp=kota-jambi").then().spec(problem(429))
                .header("Content-Language", "id")
                .body("title", equalTo("Terlalu banyak permintaan"));
        from(newAddress()).when().get("/api/v1/nowhere").then().spec(problem(404));
    }

    @Test
    void behindATrustedProxyWhatAClientWritesLeftOfItsAddressDoesNotGiveItAnotherBucket() {
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "10.9.9." + i + ", " + address)
                    .when().get("/api/v1/nowhere").then().spec(problem(404));
        }
        given().header("X-Forwarded-For", "10.9.9.99, " + address)
                .when().get("/api/v1/nowhere").then().spec(problem(429));
        // The client's address is the rightmost one no trusted proxy vouches for.
        given().header("X-Forwarded-For", address + ", " + newAddress())
                .when().get("/api/v1/nowhere").then().spec(problem(404));
    }

    @Test
    void aTokenThatDoesNotVerifyIsRefusedAndStillCostsItsAddressAToken() {
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            from(address).auth().oauth2(FORGED).when().get("/api/v1/nowhere").then().spec(problem(401));
        }
        from(address).auth().oauth2(FORGED).when().get("/api/v1/nowhere").then().spec(problem(429));
    }

    @Test
    void aClientHasItsOwnBucketFromWhateverAddressItCalls() {
        String citizen = TestUsers.citizen();
        from(newAddress()).auth().oauth2(citizen).when().get("/api/v1/nowhere").then().spec(problem(404))
                .header(RateLimiting.LIMIT, "2").header(RateLimiting.REMAINING, "1");
        from(newAddress()).auth().oauth2(citizen).when().get("/api/v1/nowhere").then().spec(problem(404))
                .header(RateLimiting.REMAINING, "0");
        String address = newAddress();
        from(address).auth().oauth2(citizen).when().get("/api/v1/nowhere").then().spec(problem(429))
                .header(RateLimiting.LIMIT, "2");
        // Another account from the same address is not held up.
        from(address).auth().oauth2(TestUsers.citizen()).when().get("/api/v1/nowhere").then().spec(problem(404));
    }

    @Test
    void anExemptPathIsNeverCounted() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            from(address).when().get("/api/v1/not-counted/stream").then().spec(problem(404))
                    .header(RateLimiting.REMAINING, nullValue());
        }
        from(address).when().get("/api/v1/nowhere").then().header(RateLimiting.REMAINING, "3");
    }

    @Test
    void aCorsPreflightCostsNothing() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            from(address).header("Origin", "http://localhost:5173")
                    .header("Access-Control-Request-Method", "POST")
                    .when().options("/api/v1/tickets").then().statusCode(200);
        }
        from(address).when().get("/api/v1/nowhere").then().header(RateLimiting.REMAINING, "3");
    }

    /** A request that reaches the gateway from {@code address} through the trusted proxy. */
    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }
}
