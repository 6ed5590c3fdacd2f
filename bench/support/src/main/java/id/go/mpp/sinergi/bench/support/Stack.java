package id.go.mpp.sinergi.bench.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The addresses of the local stack as {@code ./sinergi up} runs it: environment variables SINERGI_BIND and
 * SINERGI_*_PORT, else the running stack's settings ({@code run/stack.properties} in SINERGI_HOME, by default the
 * repository's {@code .sinergi}), else the defaults.
 */
public final class Stack {

    private final Path stateDir;
    private final String host;
    private final int gatewayPort;
    private final int queuePort;
    private final int keycloakPort;
    private final int postgresPort;

    private Stack(Path stateDir, String host, int gatewayPort, int queuePort, int keycloakPort, int postgresPort) {
        this.stateDir = stateDir;
        this.host = host;
        this.gatewayPort = gatewayPort;
        this.queuePort = queuePort;
        this.keycloakPort = keycloakPort;
        this.postgresPort = postgresPort;
    }

    /** The stack of the repository {@code repo} with the environment {@code env}. */
    public static Stack load(Path repo, Map<String, String> env) throws IOException {
        String home = env.get("SINERGI_HOME");
        Path stateDir = home == null || home.isBlank() ? repo.resolve(".sinergi") : Path.of(home);
        Properties stack = new Properties();
        Path props = stateDir.resolve("run/stack.properties");
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props)) {
                stack.load(r);
            }
        }
        String host = setting(env, stack, "SINERGI_BIND", "bind", "127.0.0.1");
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return new Stack(stateDir, host,
                Integer.parseInt(setting(env, stack, "SINERGI_GATEWAY_PORT", null, "8080")),
                Integer.parseInt(setting(env, stack, "SINERGI_QUEUE_PORT", null, "8081")),
                Integer.parseInt(setting(env, stack, "SINERGI_KEYCLOAK_PORT", null, "8180")),
                Integer.parseInt(setting(env, stack, "SINERGI_POSTGRES_PORT", null, "15432")));
    }

    private static String setting(Map<String, String> env, Properties stack, String name, String key, String dflt) {
        String v = env.get(name);
        if (v != null && !v.isBlank()) {
            return v.trim();
        }
        v = stack.getProperty(key != null ? key : name);
        return v != null && !v.isBlank() ? v.trim() : dflt;
    }

    /** Where the stack keeps its state: SINERGI_HOME, else the repository's {@code .sinergi}. */
    public Path stateDir() {
        return stateDir;
    }

    /** The running stack's pid files and settings. */
    public Path runDir() {
        return stateDir.resolve("run");
    }

    /** The log of one component, e.g. {@code complaint-service}. */
    public Path log(String component) {
        return stateDir.resolve("logs/" + component + ".log");
    }

    public String host() {
        return host;
    }

    public int gatewayPort() {
        return gatewayPort;
    }

    public int queuePort() {
        return queuePort;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int postgresPort() {
        return postgresPort;
    }

    /** The gateway's public API. */
    public String gatewayApi() {
        return "http://" + host + ":" + gatewayPort + "/api/v1";
    }

    /** queue-service itself. */
    public String queue() {
        return "http://" + host + ":" + queuePort;
    }

    public String keycloak() {
        return "http://" + host + ":" + keycloakPort;
    }

    /** A database of the stack's PostgreSQL. */
    public String jdbc(String database) {
        return "jdbc:postgresql://" + host + ":" + postgresPort + "/" + database;
    }
}
