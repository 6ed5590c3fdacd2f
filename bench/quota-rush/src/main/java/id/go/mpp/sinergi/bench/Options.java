package id.go.mpp.sinergi.bench;

import id.go.mpp.sinergi.bench.support.Args;
import id.go.mpp.sinergi.bench.support.Stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    /** The local stack's addresses. */
    Stack stack;

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

    static Options parse(String[] argv, Map<String, String> env) throws IOException {
        Options o = new Options();
        Args args = new Args(argv);
        while (args.next()) {
            String a = args.option();
            switch (a) {
                case "--clients" -> o.clients = args.positive();
                case "--attempts" -> o.attempts = args.positive();
                case "--quota" -> o.quota = args.positive();
                case "--users" -> o.users = args.positive();
                case "--target" -> o.target = Target.valueOf(args.value().toUpperCase());
                case "--http-client" -> o.clientMode = ClientMode.valueOf(args.value().toUpperCase());
                case "--warmup" -> o.warmup = args.integer();
                case "--rounds" -> o.rounds = args.positive();
                case "--date" -> o.date = LocalDate.parse(args.value());
                case "--pgbench-seconds" -> o.pgbenchSeconds = args.positive();
                case "--pgbench-clients" -> o.pgbenchClients = args.positives();
                case "--ceiling-days" -> o.ceilingDays = args.positive();
                case "--quiet-wait" -> o.quietWaitSeconds = args.integer();
                case "--latency-file" -> o.latencyFile = Path.of(args.value());
                case "--no-rush" -> o.rush = false;
                case "--no-tokens" -> o.tokens = false;
                case "--no-ceilings" -> o.ceilings = false;
                case "--realm-hashing" -> o.cheapHashing = false;
                case "--token-threads" -> o.tokenThreads = args.positive();
                case "--user-prefix" -> o.userPrefix = args.value();
                case "--mpp" -> o.mpp = args.value();
                case "--agency" -> o.agency = args.value();
                case "--repo" -> o.repo = Path.of(args.value()).toAbsolutePath().normalize();
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
        o.stack = Stack.load(o.repo, env);
        return o;
    }

    String keycloak() {
        return stack.keycloak();
    }

    String queue() {
        return stack.queue();
    }

    /** Base of the booking API: the gateway's public API or queue-service itself. */
    String api() {
        return target == Target.GATEWAY ? stack.gatewayApi() : queue();
    }

    String jdbc(String database) {
        return stack.jdbc(database);
    }

    /** The running stack's pid files (the processes Machine.cpuSplit counts as the stack's). */
    Path runDir() {
        return stack.runDir();
    }
}
