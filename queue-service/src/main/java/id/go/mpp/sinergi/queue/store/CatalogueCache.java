package id.go.mpp.sinergi.queue.store;

import id.go.mpp.sinergi.queue.QueueConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The catalogue rows a booking reads (service, MPP, calendar), kept for a few seconds
 * ({@code sinergi.queue.catalogue-cache-ttl}): in a booking rush every request reads the same rows, and reading
 * them from PostgreSQL was most of the work of an attempt that is then refused. A change made through this
 * instance is seen at once (the MPP's entries are dropped); a change made through another instance within the
 * TTL. The cached entities are detached and only read.
 */
@ApplicationScoped
public class CatalogueCache {

    private record Entry(Object value, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final MppCalendar calendar;
    private final long ttlNanos;

    public CatalogueCache(MppCalendar calendar, QueueConfig config) {
        this.calendar = calendar;
        this.ttlNanos = config.catalogueCacheTtl().toNanos();
    }

    public Uni<CatalogueService> service(String mppCode, String code) {
        return cached(mppCode + "|service|" + code, () -> CatalogueService.find(mppCode, code));
    }

    public Uni<Mpp> mpp(String mppCode) {
        return cached(mppCode + "|mpp", () -> Mpp.findById(mppCode));
    }

    public Uni<MppCalendar.Calendar> calendar(String mppCode) {
        return cached(mppCode + "|calendar", () -> calendar.of(mppCode));
    }

    /** Forgets everything of an MPP (after a catalogue change). */
    public void invalidate(String mppCode) {
        entries.keySet().removeIf(key -> key.startsWith(mppCode + "|"));
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> cached(String key, Supplier<Uni<T>> load) {
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAtNanos - System.nanoTime() > 0) {
            return Uni.createFrom().item((T) entry.value);
        }
        // A miss opens a session if the caller has none (the booking path runs without one).
        return Panache.withSession(load::get).map(value -> {
            if (value != null && ttlNanos > 0) {
                entries.put(key, new Entry(value, System.nanoTime() + ttlNanos));
            }
            return (T) value;
        });
    }
}
