package id.go.mpp.sinergi.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Ports, bind address and directories of the local stack. Each value comes from a command-line flag, else from an
 * environment variable, else from its default. While a stack runs, the values it was started with are kept in
 * {@code .sinergi/run/stack.properties} so that {@code status} and {@code down} look at the right ports.
 */
final class Settings {

    /** Every port the stack listens on, with the names of its two settings. */
    enum Port {
        POSTGRES("SINERGI_POSTGRES_PORT", 15432, "PostgreSQL"),
        KAFKA("SINERGI_KAFKA_PORT", 19092, "Kafka broker"),
        KAFKA_CONTROLLER("SINERGI_KAFKA_CONTROLLER_PORT", 19093, "Kafka KRaft controller"),
        KEYCLOAK("SINERGI_KEYCLOAK_PORT", 8180, "Keycloak HTTP"),
        KEYCLOAK_MANAGEMENT("SINERGI_KEYCLOAK_MANAGEMENT_PORT", 8181, "Keycloak management (health)"),
        QUEUE("SINERGI_QUEUE_PORT", 8081, "queue-service HTTP"),
        COMPLAINT("SINERGI_COMPLAINT_PORT", 8082, "complaint-service HTTP"),
        SURVEY("SINERGI_SURVEY_PORT", 8083, "survey-service HTTP"),
        GATEWAY("SINERGI_GATEWAY_PORT", 8080, "agency-gateway HTTP"),
        QUEUE_MANAGEMENT("SINERGI_QUEUE_MANAGEMENT_PORT", 9081, "queue-service management (health, metrics, OpenAPI)"),
        COMPLAINT_MANAGEMENT("SINERGI_COMPLAINT_MANAGEMENT_PORT", 9082,
                "complaint-service management (health, metrics, OpenAPI)"),
        SURVEY_MANAGEMENT("SINERGI_SURVEY_MANAGEMENT_PORT", 9083, "survey-service management (health, metrics, OpenAPI)"),
        GATEWAY_MANAGEMENT("SINERGI_GATEWAY_MANAGEMENT_PORT", 9080,
                "agency-gateway management (health, metrics, OpenAPI)"),
        STANDINS("SINERGI_STANDINS_PORT", 8090, "agency-standins control (faults, stats, health)"),
        STANDINS_DUKCAPIL("SINERGI_STANDINS_DUKCAPIL_PORT", 8091, "agency-standins Dukcapil"),
        STANDINS_SIMKIM("SINERGI_STANDINS_SIMKIM_PORT", 8092, "agency-standins SIMKIM"),
        STANDINS_OSS("SINERGI_STANDINS_OSS_PORT", 8093, "agency-standins OSS"),
        STANDINS_MESSAGING("SINERGI_STANDINS_MESSAGING_PORT", 8094, "agency-standins messaging provider");

        final String env;
        final int defaultPort;
        final String description;

        Port(String env, int defaultPort, String description) {
            this.env = env;
            this.defaultPort = defaultPort;
            this.description = description;
        }

        /** {@code SINERGI_KEYCLOAK_MANAGEMENT_PORT} becomes {@code --keycloak-management-port}. */
        String flag() {
            return "--" + env.substring("SINERGI_".length()).toLowerCase().replace('_', '-');
        }

        String howToChange() {
            return env + "=<port> or " + flag() + " <port>";
        }
    }

    static final List<String> SERVICES = List.of("queue-service", "complaint-service", "survey-service",
            "agency-gateway");

    /** What {@code --skip} takes: the services and the agency stand-ins ({@code --infra-only} keeps the latter). */
    static final List<String> SKIPPABLE = List.of("queue-service", "complaint-service", "survey-service",
            "agency-gateway", StandInsProcess.NAME);

    final Path repo;
    final Path home;
    final Path tools;
    final Path data;
    final Path logs;
    final Path run;
    final Map<Port, Integer> ports = new EnumMap<>(Port.class);
    String bind;
    boolean detach;
    /** Services not started by this stack (e.g. run by the developer in Quarkus dev mode). */
    final Set<String> skip = new LinkedHashSet<>();
    final Set<String> explicitlySet = new LinkedHashSet<>();

    private Settings(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
        this.tools = home.resolve("tools");
        this.data = home.resolve("data");
        this.logs = home.resolve("logs");
        this.run = home.resolve("run");
    }

    static Settings parse(Path repo, Map<String, String> env, List<String> args) {
        String homeOverride = env.get("SINERGI_HOME");
        Path home = homeOverride == null || homeOverride.isBlank()
                ? repo.resolve(".sinergi") : Path.of(homeOverride).toAbsolutePath().normalize();
        Settings s = new Settings(repo, home);
        s.bind = env.getOrDefault("SINERGI_BIND", "127.0.0.1");
        for (Port p : Port.values()) {
            String v = env.get(p.env);
            s.ports.put(p, v == null || v.isBlank() ? p.defaultPort : parsePort(v, p.env));
            if (v != null && !v.isBlank()) {
                s.explicitlySet.add(p.env);
            }
        }
        if (env.containsKey("SINERGI_BIND")) {
            s.explicitlySet.add("SINERGI_BIND");
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-d", "--detach" -> s.detach = true;
                case "--infra-only" -> s.skip.addAll(SERVICES);
                case "--skip" -> {
                    String list = value != null ? value : next(args, ++i, arg);
                    for (String name : list.split(",")) {
                        if (!SKIPPABLE.contains(name.trim())) {
                            throw new UsageException("--skip takes names among " + SKIPPABLE + ", not '"
                                    + name.trim() + "'");
                        }
                        s.skip.add(name.trim());
                    }
                }
                case "--bind" -> {
                    s.bind = value != null ? value : next(args, ++i, arg);
                    s.explicitlySet.add("SINERGI_BIND");
                }
                default -> {
                    Port port = null;
                    for (Port p : Port.values()) {
                        if (p.flag().equals(arg)) {
                            port = p;
                        }
                    }
                    if (port == null) {
                        throw new UsageException("unknown option '" + args.get(i) + "'");
                    }
                    s.ports.put(port, parsePort(value != null ? value : next(args, ++i, arg), port.flag()));
                    s.explicitlySet.add(port.env);
                }
            }
        }
        Map<Integer, Port> seen = new java.util.HashMap<>();
        for (Port p : Port.values()) {
            Port other = seen.put(s.ports.get(p), p);
            if (other != null) {
                throw new UsageException("port " + s.ports.get(p) + " is set for both " + other.description + " ("
                        + other.env + ") and " + p.description + " (" + p.env + ")");
            }
        }
        return s;
    }

    private static String next(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static int parsePort(String value, String setting) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(setting + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    int port(Port p) {
        return ports.get(p);
    }

    /** Address clients use to reach what listens on {@link #bind} (a wildcard bind is reached on loopback). */
    String host() {
        return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]") ? "127.0.0.1" : bind;
    }

    String url(Port p) {
        return "http://" + host() + ":" + port(p);
    }

    /** Management interfaces (health, metrics, OpenAPI) listen on loopback whatever {@link #bind} is. */
    String loopbackUrl(Port p) {
        return "http://127.0.0.1:" + port(p);
    }

    boolean runs(String service) {
        return !skip.contains(service);
    }

    // --- the settings a running stack was started with -------------------------------------------------------------

    private Path stackFile() {
        return run.resolve("stack.properties");
    }

    void save() throws IOException {
        Properties p = new Properties();
        p.setProperty("bind", bind);
        ports.forEach((k, v) -> p.setProperty(k.env, Integer.toString(v)));
        p.setProperty("skip", String.join(",", skip));
        Files.createDirectories(run);
        try (Writer w = Files.newBufferedWriter(stackFile())) {
            p.store(w, "Settings of the running local stack (written by ./sinergi up)");
        }
    }

    /** Replaces ports, bind address and skipped services with those of the running stack, if one was saved. */
    boolean loadSaved() throws IOException {
        if (!Files.exists(stackFile())) {
            return false;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(stackFile())) {
            p.load(r);
        }
        bind = p.getProperty("bind", bind);
        for (Port port : Port.values()) {
            String v = p.getProperty(port.env);
            if (v != null) {
                ports.put(port, Integer.parseInt(v));
            }
        }
        skip.clear();
        for (String name : p.getProperty("skip", "").split(",")) {
            if (!name.isBlank()) {
                skip.add(name);
            }
        }
        return true;
    }

    void forgetSaved() throws IOException {
        Files.deleteIfExists(stackFile());
    }

    List<String> describeDifferences(Settings saved) {
        List<String> out = new ArrayList<>();
        for (Port p : Port.values()) {
            if (explicitlySet.contains(p.env) && !ports.get(p).equals(saved.ports.get(p))) {
                out.add(p.env + "=" + ports.get(p) + " (running stack uses " + saved.ports.get(p) + ")");
            }
        }
        if (explicitlySet.contains("SINERGI_BIND") && !bind.equals(saved.bind)) {
            out.add("SINERGI_BIND=" + bind + " (running stack uses " + saved.bind + ")");
        }
        return out;
    }

    Settings copy() {
        Settings c = new Settings(repo, home);
        c.bind = bind;
        c.ports.putAll(ports);
        c.detach = detach;
        c.skip.addAll(skip);
        c.explicitlySet.addAll(explicitlySet);
        return c;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
