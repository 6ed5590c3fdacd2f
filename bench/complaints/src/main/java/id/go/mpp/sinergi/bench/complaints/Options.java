package id.go.mpp.sinergi.bench.complaints;

import id.go.mpp.sinergi.bench.support.Args;
import id.go.mpp.sinergi.bench.support.RawHttp;
import id.go.mpp.sinergi.bench.support.Stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options and the addresses of the local stack (env SINERGI_*, else the running stack's settings). */
final class Options {

    enum Step { SEED, INTAKE, READS, SWEEP }

    Set<Step> steps = new LinkedHashSet<>(List.of(Step.values()));
    int complaints = 100_000;
    List<Integer> intakeClients = List.of(32);
    int intakeSeconds = 30;
    int intakeWarmupSeconds = 10;
    /** The intake's texts: alike in pieces, as real complaints are (vocabulary), or random letters (random). */
    String intakeText = "vocabulary";
    int readRequests = 300;
    int readWarmup = 100;
    int readClients = 4;
    int sweepComplaints = 100_000;
    int sweepTimeoutSeconds = 600;
    int quietWaitSeconds = 120;
    String mpp = "kota-jambi";
    String agency = "imigrasi";
    Path repo = Path.of(".").toAbsolutePath().normalize();

    /** The local stack's addresses. */
    Stack stack;

    static final String USAGE = """
            Usage: bench/complaints/run [options]   (start the stack first: SINERGI_COMPLAINT_DEADLINE_SWEEP=1s ./sinergi up -d)

              --steps S1,S2,...       which steps, in this order: seed,intake,reads,sweep (default all)
              --complaints N          complaints the database holds before the timed steps; the seed adds what is
                                      missing (default 100000)
              --intake-clients L      concurrent clients of the intake, one rush per value, e.g. 8,32,128 (default 32)
              --intake-seconds S      timed intake per rush (default 30)
              --intake-warmup S       untimed intake before each rush (default 10)
              --intake-text T         vocabulary: texts alike in pieces, as real complaints are (default); random:
                                      one random 64-letter word, which no complaint resembles (a diagnosis: the
                                      intake's duplicate suggestion is then all but free)
              --read-requests R       timed requests per read endpoint and concurrency (default 300)
              --read-warmup W         untimed requests per read endpoint before its timed ones (default 100)
              --read-clients C        the concurrent read run's clients (default 4; the other run is sequential)
              --sweep-complaints N    open complaints made due for the sweep (default 100000)
              --sweep-timeout S       how long to wait for the sweep's escalations (default 600)
              --quiet-wait S          wait up to S seconds for a quiet machine before each timed part (default 120)

            Ports follow SINERGI_GATEWAY_PORT, SINERGI_POSTGRES_PORT, SINERGI_BIND
            (else the values of the running stack in .sinergi/run/stack.properties, else the defaults).""";

    static Options parse(String[] argv, Map<String, String> env) throws IOException {
        Options o = new Options();
        Args args = new Args(argv);
        while (args.next()) {
            String a = args.option();
            switch (a) {
                case "--repo" -> o.repo = Path.of(args.value()).toAbsolutePath().normalize();
                case "--steps" -> o.steps = args.enums(Step.class);
                case "--complaints" -> o.complaints = args.positive();
                case "--intake-clients" -> o.intakeClients = args.positives();
                case "--intake-seconds" -> o.intakeSeconds = args.positive();
                case "--intake-warmup" -> o.intakeWarmupSeconds = args.integer();
                case "--intake-text" -> {
                    o.intakeText = args.value();
                    if (!o.intakeText.equals("vocabulary") && !o.intakeText.equals("random")) {
                        throw new IllegalArgumentException("--intake-text is vocabulary or random");
                    }
                }
                case "--read-requests" -> o.readRequests = args.positive();
                case "--read-warmup" -> o.readWarmup = args.integer();
                case "--read-clients" -> o.readClients = args.positive();
                case "--sweep-complaints" -> o.sweepComplaints = args.positive();
                case "--sweep-timeout" -> o.sweepTimeoutSeconds = args.positive();
                case "--quiet-wait" -> o.quietWaitSeconds = args.integer();
                default -> args.helpOrUnknown(USAGE);
            }
        }
        o.stack = Stack.load(o.repo, env);
        return o;
    }

    /** The gateway's API (the bench goes through it, as a citizen's app does). */
    String api() {
        return stack.gatewayApi();
    }

    /**
     * A client's keep-alive connection to the API: up to 60 s for an answer, a 64 KiB read buffer (pages of the
     * public list), and a failure on a new connection is the answer (only a reused one is tried again).
     */
    static RawHttp connection(URI api) {
        return new RawHttp(api, 60_000, 64 * 1024, false);
    }

    /** complaint-service's database, as ./sinergi up makes it (deploy/local Postgres: role = password). */
    String jdbc() {
        return stack.jdbc("complaint");
    }

    static final String DB_ROLE = "complaint_service";

    Path runDir() {
        return stack.runDir();
    }

    Path complaintLog() {
        return stack.log("complaint-service");
    }
}
