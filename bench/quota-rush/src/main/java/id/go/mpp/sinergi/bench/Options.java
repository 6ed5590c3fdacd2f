package id.go.mpp.sinergi.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Command-line options and the addresses of the local stack (env SINERGI_*_PORT, else the running stack's settings). */
final class Options {

    enum Target { GATEWAY, QUEUE }

    enum ClientMode { NATIVE, RAW }

    int clients = 200;
    int attempts = 10_000;
    int quota = 1_000;
    int users = -1; // default 2 x quota
    Target target = Target.GATEWAY;
    /** Default: native when its program was built (gcc), else raw. */
    ClientMode clientMode;
    int pgbenchSeconds = 10;
    List<Integer> pgbenchClients = List.of(1, 2, 5, 10, 20, 50, 200);
    int ceilingDays = 100;
    boolean rush = true;
    boolean ceilings = true;
    boolean tokens = true;
    boolean cheapHashing = true;
    int tokenThreads = 8;
    int warmup = 3000;
    int rounds = 1;
    int minTokenSeconds = 1800;
    int quietWaitSeconds = 300;
    /** Where to append every rush attempt's times and latency (CSV), or null. */
    Path latencyFile;
    String userPrefix = "bench-";
    String mpp = "kota-jambi";
    String agency = "dpmptsp";
    LocalDate date;
    Path repo = Path.of(".").toAbsolutePath().normalize();

    // Addresses
    String host;
    int gatewayPort;
    int queuePort;
    int keycloakPort;
    int postgresPort;

    static final String USAGE = """
            Usage: bench/quota-rush/run [options]      (start the stack first: ./sinergi up -d)

              --clients N            concurrent HTTP clients (default 200)
              --attempts M           booking attempts in total (default 10000)
              --quota Q              online quota of the bench service's day (default 1000)
              --users U              citizen users (default 2 x quota; a citizen holds one booking per service-day)
              --target gateway|queue book through agency-gateway /api/v1 (default) or queue-service directly
              --http-client native|raw
                                     native (default when gcc built it): keep-alive connections driven by a C
                                     program (native/rushc.c, one epoll loop per core), about half raw's CPU per
                                     request; raw (default without gcc): the same connections, minimal HTTP/1.1 on
                                     a blocking socket per client thread
              --warmup N             warm-up requests before the timed rush (default 3000)
              --rounds N             N rounds of set-up, warm-up, rush and check on the same stack with the same
                                     tokens (default 1); a freshly started stack's JVMs compile for about 15
                                     rounds on 2 cores, and the summary tells the warm rounds apart
              --date YYYY-MM-DD      booking day (default: the next open working day of the MPP after today)
              --pgbench-seconds S    duration of each pgbench run (default 10)
              --pgbench-clients L    client counts, comma-separated (default 1,2,5,10,20,50,200)
              --ceiling-days D       days x 7 slots x 143 units of booking_slot rows for ceiling (a) (default 100)
              --no-rush              only provision users/tokens (unless --no-tokens) and run the ceilings
              --no-tokens            with --no-rush: skip Keycloak too
              --no-ceilings          skip the pgbench ceilings
              --realm-hashing        keep the realm's password hashing (default: cheap pbkdf2 x1 for bench users)
              --token-threads T      concurrent password grants while fetching tokens (default 8)
              --user-prefix P        user names P00001... (default bench-)
              --quiet-wait S         before each timed part wait up to S s for the CPUs to be < 30% busy (default 300)
              --latency-file F       append every rush attempt (sent/answered wall-clock ms, latency, selling or not) to CSV F
            Ports: SINERGI_GATEWAY_PORT, SINERGI_QUEUE_PORT, SINERGI_KEYCLOAK_PORT, SINERGI_POSTGRES_PORT, SINERGI_BIND
            (else the values of the running stack in .sinergi/run/stack.properties, else the defaults).""";

    static Options parse(String[] args, Map<String, String> env) throws IOException {
        Options o = new Options();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--clients" -> o.clients = positive(a, v != null ? v : next(rest, ++i, a));
                case "--attempts" -> o.attempts = positive(a, v != null ? v : next(rest, ++i, a));
                case "--quota" -> o.quota = positive(a, v != null ? v : next(rest, ++i, a));
                case "--users" -> o.users = positive(a, v != null ? v : next(rest, ++i, a));
                case "--target" -> o.target = Target.valueOf((v != null ? v : next(rest, ++i, a)).toUpperCase());
                case "--http-client" -> o.clientMode = ClientMode.valueOf(
                        (v != null ? v : next(rest, ++i, a)).toUpperCase());
                case "--warmup" -> o.warmup = Integer.parseInt(v != null ? v : next(rest, ++i, a));
                case "--rounds" -> o.rounds = positive(a, v != null ? v : next(rest, ++i, a));
                case "--date" -> o.date = LocalDate.parse(v != null ? v : next(rest, ++i, a));
                case "--pgbench-seconds" -> o.pgbenchSeconds = positive(a, v != null ? v : next(rest, ++i, a));
                case "--pgbench-clients" -> {
                    List<Integer> l = new ArrayList<>();
                    for (String s : (v != null ? v : next(rest, ++i, a)).split(",")) {
                        l.add(positive(a, s.trim()));
                    }
                    o.pgbenchClients = l;
                }
                case "--ceiling-days" -> o.ceilingDays = positive(a, v != null ? v : next(rest, ++i, a));
                case "--quiet-wait" -> o.quietWaitSeconds = Integer.parseInt(v != null ? v : next(rest, ++i, a));
                case "--latency-file" -> o.latencyFile = Path.of(v != null ? v : next(rest, ++i, a));
                case "--no-rush" -> o.rush = false;
                case "--no-tokens" -> o.tokens = false;
                case "--no-ceilings" -> o.ceilings = false;
                case "--realm-hashing" -> o.cheapHashing = false;
                case "--token-threads" -> o.tokenThreads = positive(a, v != null ? v : next(rest, ++i, a));
                case "--user-prefix" -> o.userPrefix = v != null ? v : next(rest, ++i, a);
                case "--mpp" -> o.mpp = v != null ? v : next(rest, ++i, a);
                case "--agency" -> o.agency = v != null ? v : next(rest, ++i, a);
                case "--repo" -> o.repo = Path.of(v != null ? v : next(rest, ++i, a)).toAbsolutePath().normalize();
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (o.users < 0) {
            o.users = 2 * o.quota;
        }
        if (o.clientMode == null) {
            o.clientMode = NativeClients.available() ? ClientMode.NATIVE : ClientMode.RAW;
        }
        if (o.rush) {
            o.tokens = true;
        }
        Properties stack = new Properties();
        String home = env.get("SINERGI_HOME");
        Path props = (home == null || home.isBlank() ? o.repo.resolve(".sinergi") : Path.of(home))
                .resolve("run/stack.properties");
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props)) {
                stack.load(r);
            }
        }
        o.host = setting(env, stack, "SINERGI_BIND", "bind", "127.0.0.1");
        if (o.host.equals("0.0.0.0")) {
            o.host = "127.0.0.1";
        }
        o.gatewayPort = Integer.parseInt(setting(env, stack, "SINERGI_GATEWAY_PORT", null, "8080"));
        o.queuePort = Integer.parseInt(setting(env, stack, "SINERGI_QUEUE_PORT", null, "8081"));
        o.keycloakPort = Integer.parseInt(setting(env, stack, "SINERGI_KEYCLOAK_PORT", null, "8180"));
        o.postgresPort = Integer.parseInt(setting(env, stack, "SINERGI_POSTGRES_PORT", null, "15432"));
        return o;
    }

    private static String setting(Map<String, String> env, Properties stack, String name, String key, String dflt) {
        String v = env.get(name);
        if (v != null && !v.isBlank()) {
            return v.trim();
        }
        v = stack.getProperty(key != null ? key : name);
        return v != null && !v.isBlank() ? v.trim() : dflt;
    }

    private static String next(List<String> args, int i, String name) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String name, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }

    String keycloak() {
        return "http://" + host + ":" + keycloakPort;
    }

    String queue() {
        return "http://" + host + ":" + queuePort;
    }

    /** Base of the booking API: the gateway's public API or queue-service itself. */
    String api() {
        return target == Target.GATEWAY ? "http://" + host + ":" + gatewayPort + "/api/v1" : queue();
    }

    String jdbc(String database) {
        return "jdbc:postgresql://" + host + ":" + postgresPort + "/" + database;
    }
}
