package id.go.mpp.sinergi.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Sinergi service: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar} with the stack's settings. Its
 * API listens on {@code port}; health, metrics, OpenAPI and the Swagger UI on {@code managementPort}, on loopback.
 */
final class QuarkusService extends Component {

    private final Settings.Port port;
    private final Settings.Port managementPort;

    QuarkusService(String name, Settings.Port port, Settings.Port managementPort, Settings settings) {
        super(name, settings);
        this.port = port;
        this.managementPort = managementPort;
    }

    @Override
    String title() {
        return name;
    }

    @Override
    List<Settings.Port> ports() {
        return List.of(port, managementPort);
    }

    Path jar() {
        return settings.repo.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    @Override
    String marker() {
        return jar().toString();
    }

    @Override
    String endpoint() {
        return settings.url(port);
    }

    /** Where {@code /q/health}, {@code /q/metrics}, {@code /q/openapi} and {@code /q/swagger-ui} are served. */
    String managementEndpoint() {
        return settings.loopbackUrl(managementPort);
    }

    /**
     * The services' JVM options unless {@code SINERGI_SERVICE_JAVA_OPTS} replaces them: the parallel collector
     * instead of the JVM's own choice (G1 on 2+ cores and 2+ GB). In warm booking rushes on the 2-core machine its
     * young pauses were shorter (p90 ≈ 15 ms against ≈ 21 ms), queue-service's heap smaller (RSS ≈ 530 MB against
     * ≈ 810 MB) and rushes straight to queue-service ≈ 10 % faster at a lower p99; through the gateway the
     * difference was within the spread of the runs (bench/quota-rush/README.md's history, "Eighth round"). The
     * services keep little live data: in those series the only full collections were two at start-up (class
     * metadata), none under load.
     */
    static final String DEFAULT_JAVA_OPTS = "-XX:+UseParallelGC";

    @Override
    Process start() throws Exception {
        return startJar(jar(), "SINERGI_SERVICE_JAVA_OPTS", DEFAULT_JAVA_OPTS, environment());
    }

    /** The contract between the launcher and the services' configuration. */
    Map<String, String> environment() {
        Postgres.Database db = Postgres.databaseOf(name);
        String pg = settings.host() + ":" + settings.port(Settings.Port.POSTGRES) + "/" + db.database();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", settings.bind);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.port(port)));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.port(managementPort)));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.role());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.role());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + pg);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + pg);
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.host() + ":" + settings.port(Settings.Port.KAFKA));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", settings.url(Settings.Port.KEYCLOAK) + "/realms/sinergi");
        // Demo data of MPP Kota Jambi (platform-data DemoData runs the service's demo-data.sql at start).
        // Not QUARKUS_FLYWAY_LOCATIONS: quarkus.flyway.locations is fixed at build time and ignored here.
        env.put("SINERGI_DEMO_DATA_ENABLED", "true");
        if (name.equals("agency-gateway")) {
            env.put("QUARKUS_REST_CLIENT_QUEUE_SERVICE_URL", settings.url(Settings.Port.QUEUE));
            env.put("QUARKUS_REST_CLIENT_COMPLAINT_SERVICE_URL", settings.url(Settings.Port.COMPLAINT));
            env.put("QUARKUS_REST_CLIENT_SURVEY_SERVICE_URL", settings.url(Settings.Port.SURVEY));
            // The agency systems (agency-standins) the adapters talk to, and where they call the gateway back.
            env.put("SINERGI_ADAPTERS_DUKCAPIL_SETTINGS_URL",
                    settings.url(Settings.Port.STANDINS_DUKCAPIL) + "/dukcapil/api/v1/verifikasi-elemen");
            env.put("SINERGI_ADAPTERS_DUKCAPIL_SETTINGS_CALLER_IP", "127.0.0.1");
            env.put("SINERGI_ADAPTERS_IMIGRASI_SETTINGS_URL", settings.url(Settings.Port.STANDINS_SIMKIM));
            env.put("SINERGI_ADAPTERS_IMIGRASI_SETTINGS_CALLBACK_URL",
                    settings.url(Settings.Port.GATEWAY) + "/api/v1/agency-callbacks/imigrasi");
            env.put("SINERGI_ADAPTERS_DPMPTSP_SETTINGS_URL", settings.url(Settings.Port.STANDINS_OSS));
            env.put("SINERGI_ADAPTERS_MESSAGING_SETTINGS_URL",
                    settings.url(Settings.Port.STANDINS_MESSAGING) + "/messaging/v1/messages");
            // The key of the NIK pseudonyms in events (a deployment sets its own secret).
            env.put("SINERGI_IDENTITY_PSEUDONYM_KEY", "sinergi-local-pseudonym-key");
        }
        if (name.equals("complaint-service")) {
            // Codes of complaints are checked against queue-service's public catalogue; the WhatsApp webhook's
            // development token and app secret (a deployment sets its own: without them the service does not start).
            env.put("QUARKUS_REST_CLIENT_QUEUE_CATALOGUE_URL", settings.url(Settings.Port.QUEUE));
            env.put("SINERGI_COMPLAINT_WHATSAPP_VERIFY_TOKEN", "sinergi-dev-verify");
            env.put("SINERGI_COMPLAINT_WHATSAPP_APP_SECRET", "sinergi-dev-app-secret");
            env.put("SINERGI_OPEN311_ENDPOINT_URL", settings.url(Settings.Port.GATEWAY) + "/api/v1/open311/v2");
        }
        return env;
    }

    @Override
    boolean ready() {
        return Http.status(managementEndpoint() + "/q/health/ready") == 200;
    }
}
