package id.go.mpp.sinergi.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.UUID;

/** Citizens created for a test in the JVM's Keycloak, beyond the one demo citizen. */
public final class TestCitizens {

    private TestCitizens() {
    }

    /** Tokens of {@code count} new, distinct citizens. */
    public static List<String> tokens(int count) {
        return KeycloakServer.shared().citizenTokens("warga-" + UUID.randomUUID().toString().substring(0, 8), count);
    }

    /** The token of one new citizen. */
    public static String one() {
        return tokens(1).get(0);
    }

    /** A JSON request with the given bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json").when();
    }
}
