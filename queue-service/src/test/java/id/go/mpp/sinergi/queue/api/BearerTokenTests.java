package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.VerifiedTokens;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.DemoUsers;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.KeycloakTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens verified once are answered from memory afterwards (platform-core {@code VerifiedTokens}); these tests
 * check that this changes nothing a caller can see: same roles, and no near-copy of a good token gets in.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = Topics.QUEUE_VISITS))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "queue"))
@QuarkusTestResource(KeycloakTestResource.class)
class BearerTokenTests {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenUsedAgainIsAnsweredFromMemoryWithItsCallersRolesAndNoMore() {
        String citizen = DemoUsers.CITIZEN.token();
        given().auth().oauth2(citizen).get("/bookings/mine").then().statusCode(200);
        assertThat(verifiedTokens.find(citizen)).isNotNull()
                .satisfies(identity -> assertThat(identity.getRoles()).contains("citizen").doesNotContain("officer"));
        long answeredBefore = verifiedTokens.answered();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(citizen).get("/bookings/mine").then().statusCode(200);
            // Still a citizen only: the officer's counter actions stay closed to this token.
            given().auth().oauth2(citizen).contentType("application/json")
                    .post("/counters/kota-jambi/IMI-1/open").then().statusCode(403);
        }
        assertThat(verifiedTokens.answered() - answeredBefore).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aCopyOfAVerifiedTokenWithAnotherSignatureOrPayloadIsRefused() {
        String token = DemoUsers.CITIZEN.token();
        given().auth().oauth2(token).get("/bookings/mine").then().statusCode(200);

        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);
        given().auth().oauth2(otherSignature).get("/bookings/mine").then().statusCode(401);

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"citizen\"", "\"mpp-admin\"");
        String otherPayload = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        given().auth().oauth2(otherPayload).get("/bookings/mine").then().statusCode(401);
        assertThat(verifiedTokens.find(otherSignature)).isNull();
        assertThat(verifiedTokens.find(otherPayload)).isNull();

        given().auth().oauth2(token).get("/bookings/mine").then().statusCode(200);
    }

    @Test
    void twoUsersWithRememberedTokensStayApart() {
        String citizen = DemoUsers.CITIZEN.token();
        String officer = DemoUsers.IMIGRASI_OFFICER.token();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(citizen).get("/bookings/mine").then().statusCode(200);
            given().auth().oauth2(officer).get("/bookings/mine").then().statusCode(403);
        }
    }
}
