package id.go.mpp.sinergi.bench.complaints;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Step 1 (not timed as a target): tops the complaint database up to {@code --complaints} complaints, straight into
 * PostgreSQL with one statement per table ({@code sql/1-complaints.sql}, {@code 2-reporters.sql},
 * {@code 3-history.sql}: generate_series), then {@code VACUUM ANALYZE} so the planner knows the data as a database in
 * service would.
 */
final class Seed {

    private Seed() {
    }

    static void run(Options o, Connection db) throws SQLException, IOException {
        long existing = count(db, "select count(*) from complaint");
        System.out.printf("%n== 1. Seed: %,d complaints in the database, wanted %,d%n", existing, o.complaints);
        long missing = o.complaints - existing;
        if (missing > 0) {
            // Any 40-bit start: the ids of one seed are a bijection of 1..n, so they never clash among themselves.
            long salt = new SecureRandom().nextLong() & ((1L << 40) - 1);
            Path sql = o.repo.resolve("bench/complaints/sql");
            String complaints = Files.readString(sql.resolve("1-complaints.sql"))
                    .replace("${n}", Long.toString(missing)).replace("${salt}", Long.toString(salt));
            timed(db, "complaints", complaints);
            timed(db, "reporters", Files.readString(sql.resolve("2-reporters.sql")));
            timed(db, "history", Files.readString(sql.resolve("3-history.sql")));
            long t0 = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("vacuum analyze complaint");
                s.execute("vacuum analyze reporter");
                s.execute("vacuum analyze complaint_history");
            }
            System.out.printf("  vacuum analyze: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("""
                     select count(*), count(*) filter (where mpp_code = 'kota-jambi'),
                            count(*) filter (where confidential),
                            count(*) filter (where status not in ('CLOSED', 'REJECTED', 'ARCHIVED')),
                            count(distinct agency_code), min(submitted_at), max(submitted_at),
                            (select count(*) from reporter), (select count(*) from complaint_history)
                     from complaint""")) {
            r.next();
            System.out.printf("  now: %,d complaints (%,d of kota-jambi, %,d confidential, %,d open, %d agencies),"
                            + " filed %s .. %s; %,d reporters, %,d history rows%n", r.getLong(1), r.getLong(2),
                    r.getLong(3), r.getLong(4), r.getInt(5), r.getTimestamp(6).toInstant(),
                    r.getTimestamp(7).toInstant(), r.getLong(8), r.getLong(9));
        }
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select status, count(*) from complaint group by status order by 2 desc")) {
            StringBuilder b = new StringBuilder("  by status:");
            while (r.next()) {
                b.append(String.format(" %s %,d", r.getString(1), r.getLong(2)));
            }
            System.out.println(b);
        }
    }

    private static void timed(Connection db, String what, String sql) throws SQLException {
        long t0 = System.nanoTime();
        int rows;
        try (Statement s = db.createStatement()) {
            rows = s.executeUpdate(sql);
        }
        System.out.printf("  %-10s %,9d rows in %.1f s%n", what, rows, (System.nanoTime() - t0) / 1e9);
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
