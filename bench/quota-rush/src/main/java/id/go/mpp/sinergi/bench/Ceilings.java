package id.go.mpp.sinergi.bench;

import id.go.mpp.sinergi.bench.support.Machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two pgbench ceilings, on the same PostgreSQL server as the platform, in a scratch database bench_ceiling that
 * gets the real migrations of platform-messaging and queue-service (so the tables are the platform's own):
 * (a) the platform's own booking transaction (sql/a-own-booking-tx.sql), (b) the naive hot-row design
 * (sql/b-naive-hot-row.sql). Each runs at every client count; the data is reset before each run.
 */
final class Ceilings {

    static final String DB = "bench_ceiling";
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "postgres";
    static final int SLOTS = 7;
    static final int UNITS = 143;

    record Run(String script, int requestedClients, int clients, double tps, double latencyMs, long transactions,
               long failed, String problem, double busyBefore) {
    }

    record Result(List<Run> runs, String serverVersion, String pgbenchVersion, int maxConnections, long slotRows,
                  List<String> notes) {

        Run best(String script) {
            return runs.stream().filter(r -> r.script.equals(script) && r.problem == null)
                    .max(Comparator.comparingDouble(Run::tps)).orElse(null);
        }

        Run at(String script, int requestedClients) {
            return runs.stream().filter(r -> r.script.equals(script) && r.requestedClients == requestedClients)
                    .findFirst().orElse(null);
        }
    }

    static final String A = "a-own-booking-tx";
    static final String B = "b-naive-hot-row";

    private final Options options;
    private final Path sqlDir;
    private final LocalDate firstDay = LocalDate.now().plusYears(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    Ceilings(Options options) {
        this.options = options;
        this.sqlDir = options.repo.resolve("bench/quota-rush/sql");
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(options.jdbc(db), SUPERUSER, SUPERUSER_PASSWORD);
    }

    Result run() throws Exception {
        List<String> notes = new ArrayList<>();
        String serverVersion;
        int maxConnections;
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            serverVersion = one(s, "select version()");
            maxConnections = Integer.parseInt(one(s, "show max_connections"));
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
        String pgbenchVersion = exec(List.of("pgbench", "--version")).trim();
        long rows;
        long t0 = System.nanoTime();
        try (Connection c = connect(DB); Statement s = c.createStatement()) {
            for (Path migration : migrations()) {
                s.execute(Files.readString(migration, StandardCharsets.UTF_8));
            }
            String fill = Files.readString(sqlDir.resolve("ceiling-fill.sql"), StandardCharsets.UTF_8)
                    .replace("${days}", Integer.toString(options.ceilingDays))
                    .replace("${slots}", Integer.toString(SLOTS))
                    .replace("${units}", Integer.toString(UNITS))
                    .replace("${first_day}", firstDay.toString());
            s.execute(fill);
            s.execute("vacuum analyze");
            rows = Long.parseLong(one(s, "select count(*) from booking_slot"));
        }
        System.out.printf("  scratch database %s: real migrations applied, %,d booking_slot rows (%d days x %d slots x %d)"
                        + " in %.1f s%n", DB, rows, options.ceilingDays, SLOTS, UNITS, (System.nanoTime() - t0) / 1e9);

        List<Run> runs = new ArrayList<>();
        try {
            for (String script : List.of(A, B)) {
                System.out.printf("  %-18s %8s %8s %10s %12s %8s %6s%n", script, "clients", "tps", "lat ms",
                        "transactions", "failed", "busy");
                for (int requested : options.pgbenchClients) {
                    int free = reset(script, maxConnections);
                    int clients = Math.min(requested, free);
                    double busy = Machine.waitQuiet(options.quietWaitSeconds, script + " at " + clients + " clients");
                    Machine.Snapshot before = Machine.Snapshot.take();
                    Run r = pgbench(script, requested, clients, busy);
                    String cpu = Machine.cpuSplit(before, Machine.Snapshot.take(), options.runDir());
                    if (Machine.othersPercent(cpu) > 20) {
                        notes.add(script + " at " + clients + " clients shared the machine: " + cpu);
                    }
                    if (script.equals(A) && r.problem == null) {
                        long short_ = r.transactions - bookings();
                        if (short_ > 0) {
                            r = new Run(r.script, r.requestedClients, r.clients, r.tps, r.latencyMs, r.transactions,
                                    r.failed, short_ + " transactions found no free unit: raise --ceiling-days", busy);
                        }
                    }
                    runs.add(r);
                    System.out.printf("  %-18s %8s %8.0f %10.2f %12d %8d %5.0f%%%s%n", "",
                            clients == requested ? Integer.toString(clients) : clients + " (of " + requested + ")",
                            r.tps, r.latencyMs, r.transactions, r.failed, busy, r.problem == null ? "" : "  " + r.problem);
                    if (busy > Machine.QUIET_BUSY_PERCENT) {
                        notes.add(script + " at " + clients + " clients started on a busy machine (" + Math.round(busy)
                                + "% CPU used by other processes)");
                    }
                    if (clients < requested) {
                        notes.add(script + ": " + requested + " clients not possible (max_connections=" + maxConnections
                                + ", " + (maxConnections - free) + " connections in use by others): ran " + clients);
                    }
                }
            }
        } finally {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + DB + " with (force)");
            }
        }
        return new Result(runs, serverVersion, pgbenchVersion, maxConnections, rows, notes);
    }

    /**
     * Bookings made by the last (a) run: fewer than its transactions means some found no free unit (a statement
     * that claims nothing inserts nothing) and the ceiling would flatter the design.
     */
    private long bookings() throws SQLException {
        try (Connection c = connect(DB); Statement s = c.createStatement()) {
            return Long.parseLong(one(s, "select count(*) from booking"));
        }
    }

    /** Puts the data back to its starting state and returns how many connections pgbench may open. */
    private int reset(String script, int maxConnections) throws SQLException {
        try (Connection c = connect(DB); Statement s = c.createStatement()) {
            s.execute("truncate booking, outbox_event");
            if (script.equals(A)) {
                s.execute("update booking_slot set booking_id = null where booking_id is not null");
            } else {
                s.execute("update quota set used = 0");
            }
            s.execute("vacuum analyze booking_slot");
            s.execute("vacuum analyze quota");
            s.execute("checkpoint");
            int others = Integer.parseInt(one(s, "select count(*) from pg_stat_activity where backend_type = 'client backend'"
                    + " and pid <> pg_backend_pid()"));
            // This connection closes before pgbench starts; superusers may use the reserved connections too.
            return maxConnections - others;
        }
    }

    private Run pgbench(String script, int requested, int clients, double busy) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-h", options.stack.host(), "-p",
                Integer.toString(options.stack.postgresPort()), "-U", SUPERUSER, "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(options.pgbenchSeconds),
                "-D", "mpp=kota-jambi", "-D", "svc=bench", "-D", "agency=dpmptsp",
                "-D", "first_day=" + firstDay, "-D", "days=" + options.ceilingDays, "-D", "slots=" + SLOTS,
                "-f", sqlDir.resolve(script + ".sql").toString(), DB));
        String out = exec(cmd);
        double tps = number(out, "tps = ([0-9.]+) \\(without initial connection time\\)");
        double lat = number(out, "latency average = ([0-9.]+) ms");
        double tx = number(out, "number of transactions actually processed: ([0-9]+)");
        double failed = number(out, "number of failed transactions: ([0-9]+)");
        String problem = null;
        if (out.contains("aborted") || Double.isNaN(tps)) {
            problem = "pgbench: " + Http.abbreviate(out.lines().filter(l -> l.contains("error") || l.contains("ERROR"))
                    .limit(2).reduce("", (x, y) -> x + " " + y));
        }
        return new Run(script, requested, clients, tps, lat, (long) (Double.isNaN(tx) ? 0 : tx),
                (long) (Double.isNaN(failed) ? 0 : failed), problem, busy);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private String exec(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", SUPERUSER_PASSWORD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(options.pgbenchSeconds + 120L, TimeUnit.SECONDS)) {
            p.destroy();
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Flyway order over platform-messaging's and queue-service's migration folders. */
    private List<Path> migrations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("platform-messaging/src/main/resources/db/platform",
                "queue-service/src/main/resources/db/migration")) {
            try (Stream<Path> s = Files.list(options.repo.resolve(dir))) {
                s.filter(p -> p.getFileName().toString().matches("V[0-9._]+__.*\\.sql")).forEach(files::add);
            }
        }
        files.sort(Comparator.comparing(Ceilings::version, Ceilings::compareVersions));
        if (files.stream().noneMatch(p -> p.getFileName().toString().contains("booking"))) {
            throw new IllegalStateException("no booking migration in queue-service/src/main/resources/db/migration");
        }
        return files;
    }

    private static long[] version(Path p) {
        String v = p.getFileName().toString().substring(1).split("__")[0];
        return Stream.of(v.split("[._]")).mapToLong(Long::parseLong).toArray();
    }

    private static int compareVersions(long[] a, long[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int c = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
