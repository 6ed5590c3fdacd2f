package id.go.mpp.sinergi.data.batch;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class GroupCommitTest {

    /** For tests that do not look at the metrics. */
    static final GroupCommit.Listener UNMEASURED = new GroupCommit.Listener() {
        @Override
        public void written(int size, long nanos) {
        }

        @Override
        public void splitUp(int size, Throwable failure) {
        }
    };

    /** Writes that stay open until the test completes them, like statements waiting for their commit. */
    static final class HeldWrites {
        record Open(List<String> items, boolean single, UniEmitter<Object> emitter) {
        }

        /** Every write, in the order they started (a single item as a list of one). */
        final List<List<String>> writes = new CopyOnWriteArrayList<>();
        final List<Open> open = new CopyOnWriteArrayList<>();
        final AtomicInteger splits = new AtomicInteger();
        final Map<String, Boolean> failing = new ConcurrentHashMap<>();
        volatile boolean holdSingles = true;

        Uni<List<String>> many(List<String> items) {
            writes.add(List.copyOf(items));
            return Uni.createFrom().<Object>emitter(e -> open.add(new Open(List.copyOf(items), false, castEmitter(e))))
                    .map(x -> castList(x));
        }

        Uni<String> one(String item) {
            writes.add(List.of(item));
            if (!holdSingles) {
                return failing.containsKey(item) ? Uni.createFrom().failure(new IllegalStateException(item + " refused"))
                        : Uni.createFrom().item("done " + item);
            }
            return Uni.createFrom().<Object>emitter(e -> open.add(new Open(List.of(item), true, castEmitter(e))))
                    .map(x -> (String) x);
        }

        void completeOldest() {
            Open o = open.remove(0);
            if (o.items().stream().anyMatch(failing::containsKey)) {
                o.emitter().fail(new IllegalStateException("write refused"));
            } else if (o.single()) {
                o.emitter().complete("done " + o.items().get(0));
            } else {
                o.emitter().complete(o.items().stream().map(item -> "done " + item).toList());
            }
        }

        /** Completes every write, including those the completions start. */
        void completeAll() {
            while (!open.isEmpty()) {
                completeOldest();
            }
        }

        @SuppressWarnings("unchecked")
        private static UniEmitter<Object> castEmitter(UniEmitter<? super Object> e) {
            return (UniEmitter<Object>) e;
        }

        @SuppressWarnings("unchecked")
        private static List<String> castList(Object x) {
            return (List<String>) x;
        }

        GroupCommit<String, String> commit(int max, boolean exclusiveByFirstLetter) {
            return commit(max, 1, exclusiveByFirstLetter);
        }

        GroupCommit<String, String> commit(int max, int maxWrites, boolean exclusiveByFirstLetter) {
            return new GroupCommit<>("test", max, maxWrites, exclusiveByFirstLetter ? item -> item.charAt(0) : null,
                    this::many,
                    this::one, new GroupCommit.Listener() {
                        @Override
                        public void written(int size, long nanos) {
                        }

                        @Override
                        public void splitUp(int size, Throwable failure) {
                            splits.incrementAndGet();
                        }
                    });
        }
    }

    @Test
    void aLoneItemIsWrittenAtOnceByItself() {
        HeldWrites writes = new HeldWrites();
        writes.holdSingles = false;
        GroupCommit<String, String> commit = writes.commit(10, false);

        assertThat(commit.submit("a1").await().atMost(Duration.ofSeconds(1))).isEqualTo("done a1");
        assertThat(writes.writes).containsExactly(List.of("a1"));
    }

    @Test
    void itemsArrivingWhileAWriteRunsGoTogetherInTheNextWriteEachWithItsOwnAnswer() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(10, false);
        List<String> answers = new CopyOnWriteArrayList<>();

        for (String item : List.of("a1", "b1", "c1", "d1")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        // a1 went alone at once; b1..d1 wait for it.
        assertThat(writes.writes).containsExactly(List.of("a1"));
        writes.completeOldest();
        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1", "d1"));
        writes.completeOldest();

        assertThat(answers).containsExactly("done a1", "done b1", "done c1", "done d1");
    }

    @Test
    void aBatchNeverExceedsItsMaximum() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(2, false);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("a1", "b1", "c1", "d1", "e1", "f1")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        writes.completeAll();

        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1"), List.of("d1", "e1"), List.of("f1"));
        assertThat(answers).containsExactly("done a1", "done b1", "done c1", "done d1", "done e1", "done f1");
    }

    @Test
    void whileAFullBatchWaitsAnotherWriteStartsUpToTheMostWritesAtOnce() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(2, 2, false);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("a1", "b1", "c1", "d1", "e1", "f1")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        // a1 alone at once; b1 + c1 make a full batch, so it starts beside a1; d1 + e1 wait: two writes run.
        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1"));
        writes.completeOldest();
        // a1's end leaves one write running and a full batch waiting: it starts; f1 alone waits for a write to end.
        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1"), List.of("d1", "e1"));
        writes.completeAll();

        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1"), List.of("d1", "e1"),
                List.of("f1"));
        assertThat(answers).containsExactlyInAnyOrder("done a1", "done b1", "done c1", "done d1", "done e1", "done f1");
    }

    @Test
    void lessThanAFullBatchWaitsForTheRunningWriteEvenWhenMoreWritesAreAllowed() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(10, 3, false);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("a1", "b1", "c1")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        assertThat(writes.writes).containsExactly(List.of("a1"));
        writes.completeAll();

        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1", "c1"));
        assertThat(answers).containsExactly("done a1", "done b1", "done c1");
    }

    @Test
    void anItemWhoseKeyIsBeingWrittenWaitsUntilThatWriteHasAnswered() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(2, 2, true);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("a1", "a2", "b1")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        // a2 and b1 are a full batch, but a1 is being written: b1 goes beside it, a2 waits.
        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1"));
        writes.completeOldest();
        writes.completeAll();

        assertThat(writes.writes).containsExactly(List.of("a1"), List.of("b1"), List.of("a2"));
        assertThat(answers.indexOf("done a1")).isLessThan(answers.indexOf("done a2"));
    }

    @Test
    void afterABatchFailsEachItemsKeyStaysTakenUntilItsOwnWriteHasAnswered() {
        HeldWrites writes = new HeldWrites();
        writes.failing.put("b1", true);
        GroupCommit<String, String> exclusive = writes.commit(10, 1, true);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("x1", "a1", "b1")) {
            exclusive.submit(item).subscribe().with(answers::add, e -> answers.add("failed " + item));
        }
        writes.completeOldest(); // x1 done; a1 + b1 go together
        writes.completeOldest(); // that write fails: a1 and b1 are written alone, and their writes stay open
        exclusive.submit("a2").subscribe().with(answers::add);
        exclusive.submit("c1").subscribe().with(answers::add);
        // c1 goes at once; a2 waits for a1's own write.
        assertThat(writes.writes).containsExactly(List.of("x1"), List.of("a1", "b1"), List.of("a1"), List.of("b1"),
                List.of("c1"));
        writes.completeAll();

        assertThat(writes.writes).last().isEqualTo(List.of("a2"));
        assertThat(answers).containsExactlyInAnyOrder("done x1", "done a1", "failed b1", "done c1", "done a2");
    }

    @Test
    void itemsWithTheSameExclusiveKeyNeverShareAWriteAndKeepTheirOrder() {
        HeldWrites writes = new HeldWrites();
        GroupCommit<String, String> commit = writes.commit(10, true);
        List<String> answers = new CopyOnWriteArrayList<>();
        for (String item : List.of("x0", "a1", "a2", "b1", "a3", "b2")) {
            commit.submit(item).subscribe().with(answers::add);
        }
        writes.completeAll();

        for (List<String> write : writes.writes) {
            assertThat(write.stream().map(item -> item.charAt(0)).distinct().count()).isEqualTo(write.size());
        }
        assertThat(writes.writes).containsExactly(List.of("x0"), List.of("a1", "b1"), List.of("a2", "b2"), List.of("a3"));
        assertThat(answers).containsExactlyInAnyOrder("done x0", "done a1", "done a2", "done b1", "done a3", "done b2");
    }

    @Test
    void aBatchThatFailsAsAWholeIsWrittenItemByItemSoOnlyTheBadItemFails() {
        HeldWrites writes = new HeldWrites();
        writes.failing.put("c1", true);
        GroupCommit<String, String> commit = writes.commit(10, false);
        Map<String, String> answers = new ConcurrentHashMap<>();
        for (String item : List.of("a1", "b1", "c1", "d1")) {
            commit.submit(item).subscribe().with(x -> answers.put(item, x), e -> answers.put(item, "failed: " + e.getMessage()));
        }
        writes.holdSingles = false;
        writes.completeAll();

        assertThat(writes.splits).hasValue(1);
        assertThat(answers).containsEntry("a1", "done a1").containsEntry("b1", "done b1").containsEntry("d1", "done d1")
                .containsEntry("c1", "failed: c1 refused");
    }

    @Test
    void aWriteThatThrowsInsteadOfFailingFailsOnlyItsOwnItemsAndLaterItemsAreStillWritten() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit<String, String> commit = new GroupCommit<>("test", 10, null,
                items -> {
                    throw new NoClassDefFoundError("missing from the build");
                },
                item -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("cannot even start");
                    }
                    return Uni.createFrom().item("done " + item);
                },
                UNMEASURED);

        assertThat(commit.submit("a1").onFailure().recoverWithItem(e -> "failed: " + e.getMessage())
                .await().atMost(Duration.ofSeconds(1))).isEqualTo("failed: cannot even start");
        assertThat(commit.submit("b1").await().atMost(Duration.ofSeconds(1))).isEqualTo("done b1");
    }

    @Test
    void aBatchWriteThatThrowsIsWrittenItemByItemAndTheWriterGoesOn() {
        List<UniEmitter<? super String>> held = new CopyOnWriteArrayList<>();
        GroupCommit<String, String> commit = new GroupCommit<>("test", 10, null,
                items -> {
                    throw new NoClassDefFoundError("missing from the build");
                },
                item -> item.equals("a1") ? Uni.createFrom().<String>emitter(held::add) : Uni.createFrom().item("done " + item),
                UNMEASURED);
        List<String> answers = new CopyOnWriteArrayList<>();
        commit.submit("a1").subscribe().with(answers::add);
        commit.submit("b1").subscribe().with(answers::add);
        commit.submit("c1").subscribe().with(answers::add);
        held.get(0).complete("done a1"); // b1 and c1 now go together, and that write throws

        assertThat(answers).containsExactly("done a1", "done b1", "done c1");
        assertThat(commit.submit("d1").await().atMost(Duration.ofSeconds(1))).isEqualTo("done d1");
    }
}
