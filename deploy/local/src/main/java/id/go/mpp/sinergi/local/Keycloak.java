package id.go.mpp.sinergi.local;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the keycloak-quarkus-dist archive Maven resolved, unpacked once into
 * {@code .sinergi/tools/keycloak-<version>} (the same directory the test suite uses), started in dev mode with an
 * in-memory database that imports {@code deploy/keycloak/sinergi-realm.json} on every start.
 */
final class Keycloak extends Component {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private Path home;

    Keycloak(Settings settings) {
        super("keycloak", settings);
    }

    @Override
    String title() {
        return "Keycloak";
    }

    @Override
    List<Settings.Port> ports() {
        return List.of(Settings.Port.KEYCLOAK, Settings.Port.KEYCLOAK_MANAGEMENT);
    }

    /** The directory it runs from; the version comes from the archive's name. */
    Path home() {
        if (home == null) {
            home = settings.tools.resolve(archive().getFileName().toString()
                    .replace("keycloak-quarkus-dist-", "keycloak-").replace(".tar.gz", ""));
        }
        return home;
    }

    /** The archive Maven resolved (deploy/local/target/keycloak-dist.path); it may be gone once unpacked. */
    private Path archive() {
        Path pathFile = settings.repo.resolve("deploy/local/target/keycloak-dist.path");
        try {
            return Path.of(Files.readString(pathFile, StandardCharsets.UTF_8).trim());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(pathFile + " is missing: run ./sinergi up --rebuild", e);
        }
    }

    @Override
    String marker() {
        return home().toString();
    }

    @Override
    String endpoint() {
        return settings.url(Settings.Port.KEYCLOAK);
    }

    String realmUrl() {
        return endpoint() + "/realms/sinergi";
    }

    private String healthUrl() {
        return settings.url(Settings.Port.KEYCLOAK_MANAGEMENT) + "/health/ready";
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(300); // the first start re-augments the distribution (≈ 40 s on 2 cores)
    }

    @Override
    Process start() throws Exception {
        Path home = home();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            if (!Files.isRegularFile(archive())) {
                throw new IllegalStateException("the Keycloak archive " + archive() + " is missing: run ./sinergi up"
                        + " --rebuild");
            }
            try (InputStream in = Files.newInputStream(archive())) {
                Archives.unpack(in, Archives.Compression.GZIP, home, true);
            }
        }
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(settings.repo.resolve("deploy/keycloak/sinergi-realm.json"), importDir.resolve("sinergi-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        // The build options (--health-enabled, --db) must equal the test suite's, or Keycloak rebuilds itself.
        List<String> cmd = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + settings.bind,
                "--http-port=" + settings.port(Settings.Port.KEYCLOAK),
                "--http-management-port=" + settings.port(Settings.Port.KEYCLOAK_MANAGEMENT),
                "--health-enabled=true",
                "--import-realm",
                "--db=dev-mem");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return Proc.spawn(cmd, env, home, logFile());
    }

    @Override
    boolean ready() {
        return Http.status(healthUrl()) == 200;
    }
}
