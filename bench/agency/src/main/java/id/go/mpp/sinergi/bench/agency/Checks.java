package id.go.mpp.sinergi.bench.agency;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the gateway's own tables say about a set of visits (database {@code gateway}, read-only). */
final class Checks {

    record Db(Map<String, Long> statuses, long visitsWithTwo, Map<String, Long> requests, long attempts,
              long maxAttempts, double p50Millis, double p99Millis, double maxMillis) {

        String summary() {
            return String.format("verifications %s, visits with 2+ verifications %,d; their requests to Dukcapil %s,"
                            + " %,d attempts (at most %d for one); in the gateway, requested_at → verified_at p50 %.0f"
                            + " p99 %.0f max %.0f ms", statuses, visitsWithTwo, requests, attempts, maxAttempts,
                    p50Millis, p99Millis, maxMillis);
        }
    }

    private Checks() {
    }

    static Db of(Connection db, List<String> visits) throws SQLException {
        Array ids = db.createArrayOf("text", visits.toArray());
        Map<String, Long> statuses = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement("select status, count(*) from identity_verification"
                + " where visit_id = any(?) group by status")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    statuses.put(r.getString(1), r.getLong(2));
                }
            }
        }
        long two;
        try (PreparedStatement s = db.prepareStatement("select count(*) from (select visit_id from"
                + " identity_verification where visit_id = any(?) group by visit_id having count(*) > 1) x")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                two = r.getLong(1);
            }
        }
        Map<String, Long> requests = new TreeMap<>();
        long attempts = 0;
        long maxAttempts = 0;
        try (PreparedStatement s = db.prepareStatement("select r.status, count(*), sum(r.attempts), max(r.attempts)"
                + " from agency_request r join identity_verification v on v.request_id = r.id"
                + " where v.visit_id = any(?) group by r.status")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    requests.put(r.getString(1), r.getLong(2));
                    attempts += r.getLong(3);
                    maxAttempts = Math.max(maxAttempts, r.getLong(4));
                }
            }
        }
        double[] p = new double[3];
        try (PreparedStatement s = db.prepareStatement("select percentile_cont(array[0.5, 0.99, 1.0]) within group"
                + " (order by extract(epoch from verified_at - requested_at) * 1000) from identity_verification"
                + " where visit_id = any(?) and verified_at is not null")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Array a = r.getArray(1);
                if (a != null) {
                    Object[] v = (Object[]) a.getArray();
                    for (int i = 0; i < 3; i++) {
                        p[i] = v[i] == null ? Double.NaN : ((Number) v[i]).doubleValue();
                    }
                }
            }
        }
        return new Db(statuses, two, requests, attempts, maxAttempts, p[0], p[1], p[2]);
    }
}
