package id.go.mpp.sinergi.bench.agency;

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

    enum Step { THROUGHPUT, OUTAGE, OVERHEAD }

    Set<Step> steps = new LinkedHashSet<>(List.of(Step.values()));
    List<Integer> rates = List.of(100, 200, 300);
    int seconds = 60;
    int warmupSeconds = 20;
    int warmupRate = 100;
    int latencyMs = 50;
    double errorRate = 0.1;
    int outageSeconds = 300;
    int outageRate = 50;
    int drainTimeoutSeconds = 900;
    int clients = 96;
    int ticketClients = 12;
    int overheadRequests = 20_000;
    int overheadWarmup = 20_000;
    List<Integer> overheadClients = List.of(1, 8);
    boolean overheadRestart;
    int quietWaitSeconds = 60;
    /** Visits written into the gateway's visit_step (true) or walk-in tickets issued by the kiosk (false). */
    boolean seedVisits = true;
    String mpp = "kota-jambi";
    String agency = "imigrasi";
    Path repo = Path.of(".").toAbsolutePath().normalize();

    Stack stack;
    int kafkaPort;
    int standinsPort;

    static final String USAGE = """
            Usage: bench/agency/run [options]
              (start the stack first: SINERGI_STANDINS_DUKCAPIL_DAILY_QUOTA=100000000 plus the raised rate limits of
               bench/agency/README.md, ./sinergi up -d --offline)

              --steps S1,S2,...         throughput,outage,overhead (default all, in this order)
              --rates L                 offered verifications/s, one sustained run per value (default 100,200,300)
              --seconds S               how long each rate is offered (default 60)
              --warmup-seconds S        untimed offer at --warmup-rate before the first rate (default 20; 100/s)
              --latency-ms MS           the Dukcapil stand-in's added latency (default 50)
              --error-rate R            its share of HTTP 500 answers (default 0.1)
              --outage-seconds S        Dukcapil down this long while --outage-rate requests/s arrive (default 300, 50)
              --drain-timeout S         how long to wait for all outcomes after a run or the outage (default 900)
              --clients N               sender threads of the open-loop offer (default 96)
              --ticket-clients N        threads issuing the tickets (visits) before each timed part (default 12)
              --overhead-requests N     timed GETs per concurrency and limiter setting (default 20000; warm-up 20000,
                                        --overhead-warmup)
              --overhead-clients L      concurrencies of the overhead GETs (default 1,8)
              --overhead-restart        also restart the stack with the rate limiter flipped (./sinergi down/up with the
                                        running stack's SINERGI_* settings), measure, restart it as it was and measure
                                        again: the two restarted JVMs are compared
              --visits seeded|tickets   seeded (default): new visits written into the gateway's visit_step, as its
                                        ticket-event consumer writes them; tickets: walk-in tickets the kiosk issues at
                                        queue-service (≈ 45/s on the 2-core machine: for short runs)
              --quiet-wait S            wait up to S seconds for a quiet machine before each timed part (default 60)

            Ports follow SINERGI_GATEWAY_PORT, SINERGI_QUEUE_PORT, SINERGI_KEYCLOAK_PORT, SINERGI_POSTGRES_PORT,
            SINERGI_KAFKA_PORT, SINERGI_STANDINS_PORT, SINERGI_BIND (else the running stack's, else the defaults).""";

    static Options parse(String[] argv, Map<String, String> env) throws IOException {
        Options o = new Options();
        Args args = new Args(argv);
        while (args.next()) {
            String a = args.option();
            switch (a) {
                case "--repo" -> o.repo = Path.of(args.value()).toAbsolutePath().normalize();
                case "--steps" -> o.steps = args.enums(Step.class);
                case "--rates" -> o.rates = args.positives();
                case "--seconds" -> o.seconds = args.positive();
                case "--warmup-seconds" -> o.warmupSeconds = args.integer();
                case "--warmup-rate" -> o.warmupRate = args.positive();
                case "--latency-ms" -> o.latencyMs = args.integer();
                case "--error-rate" -> o.errorRate = Double.parseDouble(args.value());
                case "--outage-seconds" -> o.outageSeconds = args.positive();
                case "--outage-rate" -> o.outageRate = args.positive();
                case "--drain-timeout" -> o.drainTimeoutSeconds = args.positive();
                case "--clients" -> o.clients = args.positive();
                case "--ticket-clients" -> o.ticketClients = args.positive();
                case "--overhead-requests" -> o.overheadRequests = args.positive();
                case "--overhead-warmup" -> o.overheadWarmup = args.integer();
                case "--overhead-clients" -> o.overheadClients = args.positives();
                case "--overhead-restart" -> o.overheadRestart = true;
                case "--quiet-wait" -> o.quietWaitSeconds = args.integer();
                case "--visits" -> {
                    String v = args.value();
                    if (!v.equals("seeded") && !v.equals("tickets")) {
                        throw new IllegalArgumentException("--visits is seeded or tickets");
                    }
                    o.seedVisits = v.equals("seeded");
                }
                default -> args.helpOrUnknown(USAGE);
            }
        }
        o.reload(env);
        return o;
    }

    /** (Re)reads the running stack's addresses, e.g. after a restart. */
    void reload(Map<String, String> env) throws IOException {
        stack = Stack.load(repo, env);
        Properties running = new Properties();
        Path props = stack.runDir().resolve("stack.properties");
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props)) {
                running.load(r);
            }
        }
        kafkaPort = port(env, running, "SINERGI_KAFKA_PORT", 19092);
        standinsPort = port(env, running, "SINERGI_STANDINS_PORT", 8090);
    }

    private static int port(Map<String, String> env, Properties running, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = running.getProperty(name);
        }
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    String api() {
        return stack.gatewayApi();
    }

    String kafka() {
        return stack.host() + ":" + kafkaPort;
    }

    String control() {
        return "http://" + stack.host() + ":" + standinsPort + "/control";
    }

    /** A sender's keep-alive connection: up to 30 s for an answer; only a reused connection is tried again. */
    static RawHttp connection(URI base) {
        return new RawHttp(base, 30_000, 16 * 1024, false);
    }

    /** The gateway's database, as ./sinergi up makes it (role = password). */
    String gatewayJdbc() {
        return stack.jdbc("gateway");
    }

    static final String GATEWAY_ROLE = "agency_gateway";

    Path runDir() {
        return stack.runDir();
    }
}
