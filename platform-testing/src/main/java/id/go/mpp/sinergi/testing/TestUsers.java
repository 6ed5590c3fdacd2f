package id.go.mpp.sinergi.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Users created for one test in the JVM's Keycloak, beyond the demo users: many distinct citizens (one booking
 * each), or an officer of its own (one open counter each), so tests do not share state through a user.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** Tokens of {@code count} new, distinct citizens. */
    public static List<String> citizens(int count) {
        return KeycloakServer.shared().citizenTokens(prefix("warga"), count);
    }

    /** The token of one new citizen. */
    public static String citizen() {
        return citizens(1).get(0);
    }

    /** The token of a new officer of {@code agency} at {@code mpp}. */
    public static String officer(String agency, String mpp) {
        return KeycloakServer.shared().userTokens(prefix("petugas"), 1, "officer",
                Map.of("agency", agency, "mpp", mpp)).get(0);
    }

    /** The token of MPP Kota Jambi's self-service kiosk (client credentials of the demo realm). */
    public static String kiosk() {
        return KeycloakServer.shared().clientToken("kiosk-kota-jambi", "kiosk-dev-secret");
    }

    /** A JSON request with the given bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json").when();
    }

    private static String prefix(String kind) {
        return kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
