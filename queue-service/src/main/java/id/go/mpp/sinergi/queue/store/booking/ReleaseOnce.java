package id.go.mpp.sinergi.queue.store.booking;

import id.go.mpp.sinergi.data.batch.CallerContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The release-once guard: days this instance knows are released (a day, once released, stays so), and one release
 * under way per day shared by every caller without a session, however many bookings wait for it
 * (BOOKING.md, "Releasing a day").
 */
@ApplicationScoped
public class ReleaseOnce {

    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> releasing = new ConcurrentHashMap<>();
    private final Vertx vertx;

    public ReleaseOnce(Vertx vertx) {
        this.vertx = vertx;
    }

    boolean known(String mppCode, String serviceCode, LocalDate day) {
        return released.contains(key(mppCode, serviceCode, day));
    }

    void remember(String mppCode, String serviceCode, LocalDate day) {
        released.add(key(mppCode, serviceCode, day));
    }

    /**
     * Runs {@code release} once for the day on a Vert.x context of its own and lets every caller wait for that one
     * run; a failed run is not remembered, so the next caller tries again.
     */
    Uni<Void> shared(String mppCode, String serviceCode, LocalDate day, Supplier<Uni<Void>> release) {
        String key = key(mppCode, serviceCode, day);
        CompletableFuture<Void> run = releasing.computeIfAbsent(key, ignored -> {
            if (released.contains(key)) {
                // Released since the caller's check: a run marks its day before it leaves {@code releasing}.
                return null;
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            CallerContexts.isolated(vertx).runOnContext(started -> release.get().subscribe().with(
                    item -> {
                        released.add(key);
                        releasing.remove(key);
                        done.complete(null);
                    },
                    failure -> {
                        releasing.remove(key);
                        done.completeExceptionally(failure);
                    }));
            return done;
        });
        return run == null ? Uni.createFrom().voidItem() : CallerContexts.await(run);
    }

    private static String key(String mppCode, String serviceCode, LocalDate day) {
        return mppCode + "|" + serviceCode + "|" + day;
    }
}
