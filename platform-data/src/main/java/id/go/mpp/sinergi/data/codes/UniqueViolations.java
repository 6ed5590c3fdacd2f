package id.go.mpp.sinergi.data.codes;

import io.vertx.pgclient.PgException;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Recognises a failed insert or update that broke one named unique constraint (or unique index), whatever layer
 * wrapped the driver's error (Hibernate Reactive, Mutiny, a JDBC driver).
 */
public final class UniqueViolations {

    /** PostgreSQL's SQLSTATE for {@code unique_violation}. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** True when {@code failure}, or any of its causes, is a unique violation of {@code constraintName}. */
    public static boolean of(Throwable failure, String constraintName) {
        Objects.requireNonNull(constraintName, "constraintName");
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = failure; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof PgException pg) {
                if (UNIQUE_VIOLATION.equals(pg.getSqlState()) && constraintName.equals(pg.getConstraint())) {
                    return true;
                }
            } else if (e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains('"' + constraintName + '"')) {
                // JDBC drivers name the constraint only in the (quoted) message text.
                return true;
            }
        }
        return false;
    }
}
