package id.go.mpp.sinergi.data.batch;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Group commit for writes that arrive many at once: items submitted while a write runs wait and go together in the
 * next one (at most {@code maxBatch}), so a burst costs one statement, one commit and one WAL flush per batch
 * instead of per item. There is no timer: a lone item is written at once, and batches only grow while the
 * database is the bottleneck.
 *
 * <p>One write runs at a time, except in a burst: while a full batch ({@code maxBatch} items) waits, another write
 * starts, up to {@code maxWrites} at once. Waiting longer could not make that batch any bigger, and the running
 * write's round trip (its commit, and the event loops that carry its answer and the next statement) would
 * otherwise leave the database idle between statements.
 *
 * <p>Each item gets its own answer, on the Vert.x context it was submitted from. Items with the same
 * {@code exclusiveKey} never share a batch nor run in two writes at once (a later one waits for a write after
 * the earlier one's), so no write has to decide between two of them. A batch whose write fails as a whole is
 * written again item by item with {@code writeOne}, so one bad item never decides another's answer. A write that
 * throws instead of answering a failed {@code Uni} fails its own items only: the next write still starts.
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** Writes items; answers one result per item, in their order. */
    @FunctionalInterface
    public interface Write<T, R> {
        Uni<List<R>> apply(List<T> items);
    }

    /** What the writes did, for metrics. */
    public interface Listener {
        /** A write of {@code size} items answered after {@code nanos}. */
        void written(int size, long nanos);

        /** A write of {@code size} items failed as a whole and is written again item by item. */
        void splitUp(int size, Throwable failure);

        /** A write starts; {@code running} writes run now, this one included. */
        default void started(int running) {
        }

        /** An item waited {@code nanos} from its submission until the start of its write. */
        default void waited(long nanos) {
        }
    }

    private record Pending<T, R>(T item, Object key, UniEmitter<? super R> answer, Context context, long submitted) {
    }

    private final String name;
    private final int maxBatch;
    private final int maxWrites;
    private final Function<T, Object> exclusiveKey;
    private final Write<T, R> writeMany;
    private final Function<T, Uni<R>> writeOne;
    private final Listener listener;

    // Guarded by "this": what waits, what is being written. Writes themselves run outside the lock.
    private final ArrayDeque<Pending<T, R>> waiting = new ArrayDeque<>();
    /** Items held back because a batch or a running write already had their key; they go first next time. */
    private final ArrayDeque<Pending<T, R>> heldBack = new ArrayDeque<>();
    private final Set<Object> keysBeingWritten = new HashSet<>();
    private int writes;

    /**
     * @param exclusiveKey items with equal keys go to different writes, one after the other ({@code null}: no
     *                     such rule)
     * @param writeMany    writes two or more items in one statement
     * @param writeOne     writes one item (a batch of one, and each item of a batch that failed)
     */
    public GroupCommit(String name, int maxBatch, Function<T, Object> exclusiveKey, Write<T, R> writeMany,
                       Function<T, Uni<R>> writeOne, Listener listener) {
        this(name, maxBatch, 1, exclusiveKey, writeMany, writeOne, listener);
    }

    /** @param maxWrites most writes at once; a second one starts only while a full batch waits */
    public GroupCommit(String name, int maxBatch, int maxWrites, Function<T, Object> exclusiveKey,
                       Write<T, R> writeMany, Function<T, Uni<R>> writeOne, Listener listener) {
        this.name = name;
        this.maxBatch = Math.max(1, maxBatch);
        this.maxWrites = Math.max(1, maxWrites);
        this.exclusiveKey = exclusiveKey;
        this.writeMany = Objects.requireNonNull(writeMany);
        this.writeOne = Objects.requireNonNull(writeOne);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Writes {@code item} with the next write; the answer is its result. */
    public Uni<R> submit(T item) {
        return Uni.createFrom().emitter(emitter -> {
            Object key = exclusiveKey == null ? null : exclusiveKey.apply(item);
            synchronized (this) {
                waiting.add(new Pending<>(item, key, emitter, Vertx.currentContext(), System.nanoTime()));
            }
            writeWaiting();
        });
    }

    /** Starts the writes that what waits allows (see the class comment); a write's end calls this again. */
    private void writeWaiting() {
        while (true) {
            List<Pending<T, R>> batch;
            int running;
            synchronized (this) {
                boolean mayStart = writes == 0 || (writes < maxWrites && waiting.size() + heldBack.size() >= maxBatch);
                if (!mayStart) {
                    return;
                }
                batch = nextBatch();
                if (batch.isEmpty()) {
                    return;
                }
                running = ++writes;
                if (exclusiveKey != null) {
                    batch.forEach(p -> keysBeingWritten.add(p.key()));
                }
            }
            listener.started(running);
            long now = System.nanoTime();
            batch.forEach(p -> listener.waited(now - p.submitted()));
            write(batch);
        }
    }

    private void write(List<Pending<T, R>> batch) {
        List<T> items = batch.stream().map(Pending::item).toList();
        long started = System.nanoTime();
        // deferred: a write that throws instead of failing its Uni fails this batch, never the writer itself.
        Uni.createFrom().deferred(() -> items.size() == 1 ? writeOne.apply(items.get(0)).map(List::of)
                        : writeMany.apply(items))
                .subscribe().with(results -> {
                    try {
                        if (results == null || results.size() != batch.size()) {
                            throw new IllegalStateException("%s: a write of %d answered %s results".formatted(
                                    name, batch.size(), results == null ? "no" : results.size()));
                        }
                        listener.written(batch.size(), System.nanoTime() - started);
                        for (int k = 0; k < batch.size(); k++) {
                            answer(batch.get(k), results.get(k), null);
                        }
                    } catch (RuntimeException wrong) {
                        batch.forEach(p -> answer(p, null, wrong));
                    } finally {
                        done(batch);
                    }
                }, failure -> {
                    if (batch.size() == 1) {
                        answer(batch.get(0), null, failure);
                        done(batch);
                        return;
                    }
                    try {
                        listener.splitUp(batch.size(), failure);
                        LOG.warnf("%s: a write of %d failed (%s); writing each alone", name, batch.size(),
                                failure.getMessage());
                    } finally {
                        // Each item's key stays taken until its own write answers.
                        finished();
                        batch.forEach(p -> Uni.createFrom().deferred(() -> writeOne.apply(p.item()))
                                .subscribe().with(result -> {
                                    answer(p, result, null);
                                    released(List.of(p));
                                }, alone -> {
                                    answer(p, null, alone);
                                    released(List.of(p));
                                }));
                    }
                });
    }

    /** The batch's write is over and its keys are free. */
    private void done(List<Pending<T, R>> batch) {
        synchronized (this) {
            writes--;
            releaseKeys(batch);
        }
        writeWaiting();
    }

    /** The write is over; its items' keys stay taken. */
    private void finished() {
        synchronized (this) {
            writes--;
        }
        writeWaiting();
    }

    private void released(List<Pending<T, R>> items) {
        synchronized (this) {
            releaseKeys(items);
        }
        writeWaiting();
    }

    private void releaseKeys(List<Pending<T, R>> items) {
        if (exclusiveKey != null) {
            items.forEach(p -> keysBeingWritten.remove(p.key()));
        }
    }

    /** Up to maxBatch items, at most one per exclusive key and none whose key is being written (holds the lock). */
    private List<Pending<T, R>> nextBatch() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        int deferred = heldBack.size();
        for (int k = 0; k < deferred && batch.size() < maxBatch; k++) {
            take(heldBack.poll(), batch, keys);
        }
        Pending<T, R> p;
        while (batch.size() < maxBatch && (p = waiting.poll()) != null) {
            take(p, batch, keys);
        }
        return batch;
    }

    private void take(Pending<T, R> p, List<Pending<T, R>> batch, Set<Object> keys) {
        if (exclusiveKey == null || (!keysBeingWritten.contains(p.key()) && keys.add(p.key()))) {
            batch.add(p);
        } else {
            heldBack.add(p);
        }
    }

    private void answer(Pending<T, R> p, R result, Throwable failure) {
        // Back on the submitter's own context: the write may have run on another event loop.
        CallerContexts.reply(p.context(), p.answer(), result, failure);
    }
}
