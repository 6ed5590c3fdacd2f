package id.go.mpp.sinergi.bench.complaints;

import id.go.mpp.sinergi.bench.support.Machine;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4: {@code --sweep-complaints} complaints become open and overdue in one statement (status SUBMITTED, due_stage
 * VERIFICATION, due_at in the last 5 days, breached_stage null), and the bench waits until the escalation table has
 * them all. The sweep runs every {@code SINERGI_COMPLAINT_DEADLINE_SWEEP} (1s for the bench). Figures: the sweep's
 * own clock (escalated_at of the first and the last escalation: each batch of 500 stamps its start), the wall time
 * from the update's commit, and the service's log lines. Afterwards the complaints get their columns back (the
 * escalations and their events stay, as the sweep made them).
 */
final class Sweep {

    static final double TARGET_SECONDS = 2;

    record Result(int complaints, long escalated, Duration sweepClock, Duration wall, Duration toFirst,
                  List<String> logLines, boolean complete) {
    }

    private static final String SAVED = "bench_sweep_saved";

    private Sweep() {
    }

    static Result run(Options o, Connection db) throws SQLException, IOException, InterruptedException {
        System.out.printf("%n== 4. Deadline sweep over %,d open complaints%n", o.sweepComplaints);
        restoreIfLeft(db);
        long total = Seed.count(db, "select count(*) from complaint");
        if (total < o.sweepComplaints) {
            System.out.printf("  only %,d complaints in the database: the sweep takes them all%n", total);
        }
        try (Statement s = db.createStatement()) {
            // The columns the bench changes, to give them back afterwards.
            s.executeUpdate("create unlogged table " + SAVED + " as select tracking_id, status, postponed_from,"
                    + " due_stage, due_day, due_at, breached_stage from complaint order by tracking_id limit "
                    + o.sweepComplaints);
        }
        double busy = Machine.waitQuiet(o.quietWaitSeconds, "the sweep");
        Path log = o.complaintLog();
        long logFrom = Files.isRegularFile(log) ? Files.size(log) : 0;
        Instant t0;
        int made;
        try (Statement s = db.createStatement()) {
            ResultSet now = s.executeQuery("select clock_timestamp()");
            now.next();
            t0 = now.getTimestamp(1).toInstant();
            made = s.executeUpdate("""
                    update complaint c
                    set status = 'SUBMITTED', postponed_from = null, due_stage = 'VERIFICATION',
                        due_at = now() - interval '1 second' * (1 + floor(random() * 5 * 86400)),
                        due_day = ((now() - interval '1 day') at time zone 'Asia/Jakarta')::date,
                        breached_stage = null
                    from %s s
                    where c.tracking_id = s.tracking_id""".formatted(SAVED));
        }
        long committed = System.nanoTime(); // autocommit: the update is visible from here on
        Instant visible;
        try (Statement s = db.createStatement(); ResultSet now = s.executeQuery("select clock_timestamp()")) {
            now.next();
            visible = now.getTimestamp(1).toInstant();
        }
        Machine.Snapshot a = Machine.Snapshot.take();
        System.out.printf("  %,d complaints made overdue (one update of %.1f s, committed at %s); waiting for the"
                + " sweep …%n", made, Duration.between(t0, visible).toMillis() / 1e3, visible);
        long deadline = committed + o.sweepTimeoutSeconds * 1_000_000_000L;
        long escalated = 0;
        Instant first = null;
        Instant last = null;
        long allSeen = -1;
        try (PreparedStatement q = db.prepareStatement(
                "select count(*), min(escalated_at), max(escalated_at) from escalation where escalated_at >= ?"
                        + " and mpp_code = '" + o.mpp + "'")) {
            q.setTimestamp(1, Timestamp.from(t0));
            long lastReport = System.nanoTime();
            while (System.nanoTime() < deadline) {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    escalated = r.getLong(1);
                    first = r.getTimestamp(2) == null ? null : r.getTimestamp(2).toInstant();
                    last = r.getTimestamp(3) == null ? null : r.getTimestamp(3).toInstant();
                }
                if (escalated >= made) {
                    allSeen = System.nanoTime();
                    break;
                }
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    System.out.printf("    %,d escalated after %.0f s%n", escalated,
                            (System.nanoTime() - committed) / 1e9);
                    lastReport = System.nanoTime();
                }
                Thread.sleep(100);
            }
        }
        Machine.Snapshot b = Machine.Snapshot.take();
        boolean complete = allSeen > 0;
        Duration wall = Duration.ofNanos((complete ? allSeen : System.nanoTime()) - committed);
        Duration clock = first == null ? Duration.ZERO : Duration.between(first, last);
        Duration toFirst = first == null ? Duration.ZERO : Duration.between(visible, first);
        Thread.sleep(1500); // the log line follows the last batch's commit
        List<String> lines = logLines(log, logFrom);
        System.out.printf("  escalated: %,d of %,d%s%n", escalated, made, complete ? "" : " (timed out)");
        System.out.printf("  sweep clock (first .. last escalated_at): %.2f s; first escalation %.2f s after the"
                        + " update; wall time update -> all escalations visible: %.2f s (polling every 0.1 s)%n",
                clock.toMillis() / 1e3, toFirst.toMillis() / 1e3, wall.toMillis() / 1e3);
        System.out.printf("  CPU: %s%s%n", Machine.cpuSplitByComponent(a, b, o.runDir()),
                busy > Machine.QUIET_BUSY_PERCENT ? String.format(" (machine %.0f%% busy before)", busy) : "");
        for (String line : lines) {
            System.out.println("  log: " + line.strip());
        }
        System.out.printf("  outbox: %,d events not yet published%n",
                Seed.count(db, "select count(*) from outbox_event where published_at is null"));
        restoreIfLeft(db);
        return new Result(made, escalated, clock, wall, toFirst, lines, complete);
    }

    /** Gives the complaints their columns back (also what an interrupted run left). */
    private static void restoreIfLeft(Connection db) throws SQLException {
        boolean left;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select to_regclass('" + SAVED + "') is not null")) {
            r.next();
            left = r.getBoolean(1);
        }
        if (!left) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            int n = s.executeUpdate("""
                    update complaint c
                    set status = s.status, postponed_from = s.postponed_from, due_stage = s.due_stage,
                        due_day = s.due_day, due_at = s.due_at, breached_stage = s.breached_stage
                    from %s s
                    where c.tracking_id = s.tracking_id""".formatted(SAVED));
            s.execute("drop table " + SAVED);
            System.out.printf("  restored the columns of %,d complaints (%.1f s)%n", n,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The service's "Deadline sweep: …" lines written since {@code from}. */
    private static List<String> logLines(Path log, long from) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isRegularFile(log)) {
            return lines;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= from) {
                return lines;
            }
            byte[] tail = new byte[(int) Math.min(length - from, 64L * 1024 * 1024)];
            f.seek(from);
            f.readFully(tail);
            for (String line : new String(tail, StandardCharsets.UTF_8).split("\n")) {
                if (line.contains("Deadline sweep:")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
