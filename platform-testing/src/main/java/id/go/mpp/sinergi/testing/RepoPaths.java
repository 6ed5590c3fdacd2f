package id.go.mpp.sinergi.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations inside the Sinergi repository, for tests started from any module. */
public final class RepoPaths {

    /** The repository root: {@code sinergi.repo.dir} (set by the build) or the nearest parent with {@code mvnw}. */
    public static Path root() {
        String configured = System.getProperty("sinergi.repo.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    public static Path realmFile() {
        return root().resolve("deploy/keycloak/sinergi-realm.json");
    }

    /** The unpacked Keycloak distribution ({@code sinergi.keycloak.home}, set by the build). */
    public static Path keycloakHome() {
        String configured = System.getProperty("sinergi.keycloak.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return root().resolve(".sinergi/tools/keycloak-26.5.6");
    }

    private RepoPaths() {
    }
}
