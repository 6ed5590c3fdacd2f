package id.go.mpp.sinergi.testing;

/** Demo accounts of the sinergi realm ({@code deploy/keycloak/sinergi-realm.json}). */
public enum DemoUsers {
    CITIZEN("warga", "warga-demo"),
    IMIGRASI_OFFICER("petugas.imigrasi", "petugas-demo"),
    IMIGRASI_ADMIN("admin.imigrasi", "admin-demo"),
    DUKCAPIL_OFFICER("petugas.dukcapil", "petugas-demo"),
    DUKCAPIL_ADMIN("admin.dukcapil", "admin-demo"),
    MPP_ADMIN("admin.mpp", "admin-demo");

    public final String username;
    public final String password;

    DemoUsers(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** The account id ({@code sub}) Keycloak gives this user, as services see it. */
    public String accountId() {
        String payload = token().split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("sub").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A JSON request as this user, with a real token:
     * {@code as(DemoUsers.CITIZEN).body(json).post("/tickets")} (static import).
     */
    public static io.restassured.specification.RequestSpecification as(DemoUsers user) {
        return io.restassured.RestAssured.given().auth().oauth2(user.token()).contentType("application/json").when();
    }

    /** A fresh (cached while valid) access token from the JVM's Keycloak. */
    public String token() {
        return KeycloakServer.shared().userToken(username, password);
    }
}
