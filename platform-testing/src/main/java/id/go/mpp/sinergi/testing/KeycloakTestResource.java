package id.go.mpp.sinergi.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points quarkus-oidc at the JVM's real Keycloak with the sinergi realm. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = KeycloakServer.shared();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.keycloak.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Keycloak lives for the whole JVM.
    }
}
