package id.go.mpp.sinergi.data.db;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;

/**
 * Creates each service's reactive PostgreSQL pool as Quarkus would, with one change: statements of any length
 * are kept prepared per connection.
 *
 * <p>{@code quarkus.datasource.reactive.cache-prepared-statements=true} caches only statements up to the Vert.x
 * client's {@code preparedStatementCacheSqlLimit}, 2,048 characters by default, and Quarkus has no setting for
 * it. A longer statement is sent as an unnamed one at every execution: parsed, described (one more round trip,
 * answered on a busy event loop) and planned each time. The booking statements are such statements
 * (queue-service/BOOKING.md).
 * The cache stays bounded by its number of entries (the Vert.x default, 256 per connection), and our statements
 * are fixed texts, so lifting the length limit cannot make it grow without bound.
 *
 * <p>A credentials provider ({@code quarkus.datasource.credentials-provider}) is not consulted by a pool created
 * here; no Sinergi service uses one (user and password come from the datasource settings).
 */
@Singleton
public class PgPools implements PgPoolCreator {

    /** Longer than any statement of ours (the longest is ≈ 3,600 characters). */
    static final int STATEMENT_CACHE_SQL_LIMIT = 65_536;

    @Override
    @SuppressWarnings("deprecation") // PgPool is what Quarkus expects back (it casts the pool to it).
    public Pool create(Input input) {
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            options.setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT);
        }
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }
}
