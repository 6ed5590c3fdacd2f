package id.go.mpp.sinergi.bench.complaints;

import id.go.mpp.sinergi.bench.support.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Issue 18's measured targets with 100,000 complaints in the database: intake through the gateway ≥ 500
 * complaints/s; p99 < 50 ms of the public list and of Open311 GET requests.json; the deadline sweep over 100,000
 * open complaints < 2 s. Prints figures and asserts nothing (bench/complaints/README.md says how to read them).
 */
public final class ComplaintsBench {

    private ComplaintsBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, System.getenv());
        header(o);
        List<Intake.Result> intake = null;
        List<Reads.Result> reads = null;
        Sweep.Result sweep = null;
        try (Connection db = DriverManager.getConnection(o.jdbc(), Options.DB_ROLE, Options.DB_ROLE)) {
            db.setAutoCommit(true);
            for (Options.Step step : o.steps) {
                switch (step) {
                    case SEED -> Seed.run(o, db);
                    case INTAKE -> intake = Intake.run(o, db);
                    case READS -> reads = Reads.run(o);
                    case SWEEP -> sweep = Sweep.run(o, db);
                }
            }
        }
        System.out.printf("%n== Targets (issue 18)%n");
        if (intake != null) {
            Intake.Result best = intake.stream().max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                    .orElseThrow();
            System.out.printf("  intake through the gateway >= 500 complaints/s: best %,.0f/s at %d clients"
                    + " (p99 %.1f ms) -> %s%n", best.perSecond(), best.clients(),
                    best.latencies().percentileMillis(99), Intake.verdict(intake));
        }
        if (reads != null) {
            for (String prefix : List.of("public list", "Open311")) {
                double worst = reads.stream().filter(r -> r.endpoint().startsWith(prefix))
                        .mapToDouble(r -> r.latencies().percentileMillis(99)).max().orElse(Double.NaN);
                System.out.printf("  %s p99 < 50 ms (every variant, 1 and %d clients): worst p99 %.1f ms -> %s%n",
                        prefix, o.readClients, worst, Reads.verdict(reads, prefix));
            }
        }
        if (sweep != null) {
            System.out.printf("  deadline sweep over %,d open complaints < 2 s: sweep clock %.2f s, wall %.2f s%s"
                            + " -> %s%n", sweep.complaints(), sweep.sweepClock().toMillis() / 1e3,
                    sweep.wall().toMillis() / 1e3, sweep.complete() ? "" : " (incomplete)",
                    sweep.complete() && sweep.sweepClock().toMillis() < Sweep.TARGET_SECONDS * 1000 ? "met"
                            : "NOT met");
        }
    }

    private static void header(Options o) throws Exception {
        Machine.printHeader("bench/complaints", o.repo);
        try (Connection db = DriverManager.getConnection(o.jdbc(), Options.DB_ROLE, Options.DB_ROLE);
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            System.out.printf("  PostgreSQL %s at %s; gateway %s%n", r.getString(1), o.jdbc(), o.api());
        }
        String sweep = System.getenv().getOrDefault("SINERGI_COMPLAINT_DEADLINE_SWEEP", "");
        Path pid = o.runDir().resolve("complaint-service.pid");
        String running = sweepOfRunningService(pid);
        System.out.printf("  complaint-service's deadline sweep every: %s%n",
                running != null ? running : "(unknown" + (sweep.isEmpty() ? "" : "; this shell: " + sweep) + ")");
    }

    /** SINERGI_COMPLAINT_DEADLINE_SWEEP of the running complaint-service (its /proc environment), or its default. */
    private static String sweepOfRunningService(Path pidFile) {
        try {
            String pid = null;
            for (String line : Files.readAllLines(pidFile)) {
                if (line.startsWith("pid=")) {
                    pid = line.substring(4).trim();
                }
            }
            if (pid == null) {
                return null;
            }
            byte[] env = Files.readAllBytes(Path.of("/proc", pid, "environ"));
            for (String v : new String(env).split("\0")) {
                if (v.startsWith("SINERGI_COMPLAINT_DEADLINE_SWEEP=")) {
                    return v.substring(v.indexOf('=') + 1);
                }
            }
            return "30s (the default: SINERGI_COMPLAINT_DEADLINE_SWEEP not set; start the stack with it =1s)";
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
