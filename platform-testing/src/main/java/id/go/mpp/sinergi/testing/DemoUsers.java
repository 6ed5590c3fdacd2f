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

    /** A fresh (cached while valid) access token from the JVM's Keycloak. */
    public String token() {
        return KeycloakServer.shared().userToken(username, password);
    }
}
