package id.go.mpp.sinergi.queue.store;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.mpp.sinergi.data.batch.CallerContexts;
import id.go.mpp.sinergi.queue.QueueConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The catalogue rows a booking reads (service, MPP, calendar), kept for a few seconds
 * ({@code sinergi.queue.catalogue-cache-ttl}): in a booking rush every request reads the same rows, and reading
 * them from PostgreSQL was most of the work of an attempt that is then refused. A change made through this
 * instance is seen at once (the MPP's entries are dropped); a change made through another instance within the
 * TTL. The cached entities are detached and only read.
 *
 * <p>A rush must never wait for the database all at once (every request in flight would read the same rows at the
 * moment an entry expires; BOOKING.md). So:
 * <ul>
 *   <li>for callers without a Hibernate session (the booking path), a row is read by <b>one</b> load at a time, and
 *       those that need it meanwhile wait for that load. The load runs in its own session on its own Vert.x
 *       sub-context;</li>
 *   <li>an entry read after half its TTL is <b>refreshed ahead</b> the same way: the caller gets the value there is,
 *       and one load in the background replaces it, so a busy entry never expires;</li>
 *   <li>a caller that has a session holds a pool connection, so it never waits for a load that needs another
 *       connection (with every connection held by such waiters that would deadlock the pool). On a miss it reads in its own session and shares the result. At most
 *       pool-size such callers exist at once, which bounds their reads.</li>
 * </ul>
 * Nothing is older than the TTL: an entry not refreshed by then is dropped and read again.
 */
@ApplicationScoped
public class CatalogueCache {

    private enum Kind {
        SERVICE, MPP, CALENDAR
    }

    private record Key(String mppCode, Kind kind, String code) {
    }

    private final MppCalendar calendar;
    private final Vertx vertx;
    private final Counter loads;
    /** null when the TTL is 0 (cache off). */
    private final AsyncLoadingCache<Key, Object> entries;

    public CatalogueCache(MppCalendar calendar, QueueConfig config, Vertx vertx, MeterRegistry registry) {
        this.calendar = calendar;
        this.vertx = vertx;
        this.loads = Counter.builder("sinergi.queue.catalogue.loads")
                .description("Catalogue rows read from the database for bookings (cache misses and refreshes)")
                .register(registry);
        Duration ttl = config.catalogueCacheTtl();
        this.entries = ttl.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .refreshAfterWrite(ttl.dividedBy(2))
                .executor(Runnable::run)
                .buildAsync((key, executor) -> loadIsolated(key));
    }

    public Uni<CatalogueService> service(String mppCode, String code) {
        return get(new Key(mppCode, Kind.SERVICE, code));
    }

    public Uni<Mpp> mpp(String mppCode) {
        return get(new Key(mppCode, Kind.MPP, null));
    }

    public Uni<MppCalendar.Calendar> calendar(String mppCode) {
        return get(new Key(mppCode, Kind.CALENDAR, null));
    }

    /** Forgets everything of an MPP (after a catalogue change); a load under way for it is not kept either. */
    public void invalidate(String mppCode) {
        if (entries != null) {
            entries.synchronous().asMap().keySet().removeIf(key -> key.mppCode().equals(mppCode));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> get(Key key) {
        if (entries == null || Sessions.callerHoldsOne()) {
            CompletableFuture<Object> cached = entries == null ? null : entries.getIfPresent(key);
            if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
                return Uni.createFrom().item((T) cached.join());
            }
            return Panache.withSession(() -> (Uni<T>) load(key)).invoke(value -> {
                if (value != null && entries != null) {
                    entries.asMap().putIfAbsent(key, CompletableFuture.completedFuture(value));
                }
            });
        }
        CompletableFuture<Object> value = entries.get(key);
        if (value.isDone() && !value.isCompletedExceptionally()) {
            return Uni.createFrom().item((T) value.join());
        }
        return CallerContexts.await((CompletableFuture<T>) value);
    }

    /** One load, in its own session on a new, safe Vert.x sub-context (see the class comment). */
    private CompletableFuture<Object> loadIsolated(Key key) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        CallerContexts.isolated(vertx).runOnContext(ignored -> Panache.withSession(() -> load(key))
                .subscribe().with(result::complete, result::completeExceptionally));
        return result;
    }

    private Uni<?> load(Key key) {
        loads.increment();
        return switch (key.kind()) {
            case SERVICE -> CatalogueService.find(key.mppCode(), key.code());
            case MPP -> Mpp.findById(key.mppCode());
            case CALENDAR -> calendar.of(key.mppCode());
        };
    }
}
