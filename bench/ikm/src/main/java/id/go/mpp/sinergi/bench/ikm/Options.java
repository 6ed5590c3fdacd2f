package id.go.mpp.sinergi.bench.ikm;

import id.go.mpp.sinergi.bench.support.Args;
import id.go.mpp.sinergi.bench.support.RawHttp;
import id.go.mpp.sinergi.bench.support.Stack;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Command-line options and the addresses of the local stack (env SINERGI_*, else the running stack's settings). */
final class Options {

    enum Step { SEED, REPORTS, REBUILD }

    Set<Step> steps = new LinkedHashSet<>(List.of(Step.values()));
    int responses = 1_000_000;
    int reportRequests = 500;
    int reportWarmup = 200;
    int reportClients = 4;
    /** Where the reports are asked: the gateway (judged) and survey-service itself (a diagnostic). */
    List<String> targets = List.of("gateway", "survey-service");
    /** The units report answers in hundreds of milliseconds: fewer requests (a diagnostic, no target of its own). */
    int unitsRequests = 40;
    int seedTimeoutSeconds = 1800;
    int rebuildTimeoutSeconds = 900;
    int quietWaitSeconds = 120;
    long randomSeed = 19;
    String mpp = "bench-ikm";
    Path repo = Path.of(".").toAbsolutePath().normalize();

    /** The local stack's addresses (gateway, Keycloak, PostgreSQL). */
    Stack stack;
    /** Kafka's and survey-service's ports, which {@link Stack} does not name. */
    int kafkaPort;
    int surveyPort;

    static final String USAGE = """
            Usage: bench/ikm/run [options]   (start the stack first: ./sinergi up -d --skip complaint-service)

              --steps S1,S2,...       which steps, in this order: seed,reports,rebuild (default all)
              --responses N           survey responses of MPP bench-ikm the IKM holds before the timed steps; the
                                      seed produces what is missing to the topic and waits for the projection
                                      (default 1000000)
              --report-requests R     timed GETs per report, target and concurrency (default 500)
              --report-warmup W       untimed GETs per report and target before its timed ones (default 200)
              --report-clients C      the concurrent run's clients (default 4; the other run is sequential)
              --targets T1,T2         where the reports are asked: gateway,survey-service (default both)
              --units-requests U      timed GETs of every unit of the MPP (units: a diagnostic, slow; default 40,
                                      after min(W, 10) untimed)
              --seed-timeout S        how long to wait for the projection to catch up (default 1800)
              --rebuild-timeout S     how long to wait for the rebuild (default 900)
              --random-seed X         the seed of the responses' random contents (default 19)
              --quiet-wait S          wait up to S seconds for a quiet machine before each timed part (default 120)

            Ports follow SINERGI_GATEWAY_PORT, SINERGI_SURVEY_PORT, SINERGI_KAFKA_PORT, SINERGI_KEYCLOAK_PORT,
            SINERGI_POSTGRES_PORT, SINERGI_BIND (else the values of the running stack in
            .sinergi/run/stack.properties, else the defaults).""";

    static Options parse(String[] argv, Map<String, String> env) throws IOException {
        Options o = new Options();
        Args args = new Args(argv);
        while (args.next()) {
            String a = args.option();
            switch (a) {
                case "--repo" -> o.repo = Path.of(args.value()).toAbsolutePath().normalize();
                case "--steps" -> o.steps = args.enums(Step.class);
                case "--responses" -> o.responses = args.positive();
                case "--report-requests" -> o.reportRequests = args.positive();
                case "--report-warmup" -> o.reportWarmup = args.integer();
                case "--report-clients" -> o.reportClients = args.positive();
                case "--units-requests" -> o.unitsRequests = args.positive();
                case "--targets" -> {
                    o.targets = List.of(args.value().split(","));
                    if (!List.of("gateway", "survey-service").containsAll(o.targets)) {
                        throw new IllegalArgumentException("--targets: gateway and/or survey-service");
                    }
                }
                case "--seed-timeout" -> o.seedTimeoutSeconds = args.positive();
                case "--rebuild-timeout" -> o.rebuildTimeoutSeconds = args.positive();
                case "--random-seed" -> o.randomSeed = Long.parseLong(args.value());
                case "--quiet-wait" -> o.quietWaitSeconds = args.integer();
                default -> args.helpOrUnknown(USAGE);
            }
        }
        o.stack = Stack.load(o.repo, env);
        Properties running = new Properties();
        Path props = o.stack.runDir().resolve("stack.properties");
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props)) {
                running.load(r);
            }
        }
        o.kafkaPort = port(env, running, "SINERGI_KAFKA_PORT", 19092);
        o.surveyPort = port(env, running, "SINERGI_SURVEY_PORT", 8083);
        return o;
    }

    private static int port(Map<String, String> env, Properties running, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = running.getProperty(name);
        }
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    /** The gateway's API (the primary figures: what a citizen's browser or the MPP's site calls). */
    String api() {
        return stack.gatewayApi();
    }

    /** survey-service itself (a diagnostic: the report without the gateway's hop). */
    String survey() {
        return "http://" + stack.host() + ":" + surveyPort;
    }

    String kafka() {
        return stack.host() + ":" + kafkaPort;
    }

    /** A client's keep-alive connection: up to 60 s for an answer; only a reused connection is tried again. */
    static RawHttp connection(URI base) {
        return new RawHttp(base, 60_000, 64 * 1024, false);
    }

    /** survey-service's database, as ./sinergi up makes it (deploy/local Postgres: role = password). */
    String jdbc() {
        return stack.jdbc("survey");
    }

    static final String DB_ROLE = "survey_service";

    Path runDir() {
        return stack.runDir();
    }
}
