package id.go.mpp.sinergi.gateway.app.operator;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DropWhenFullTest {

    @Test
    void aSlowSubscriberGetsWhatFitsItsBufferAndTheRestIsCountedAsDropped() {
        BroadcastProcessor<Integer> hot = BroadcastProcessor.create();
        AtomicInteger dropped = new AtomicInteger();
        AssertSubscriber<Integer> slow = hot.plug(upstream -> new DropWhenFull<>(upstream, 3, dropped::incrementAndGet))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        AssertSubscriber<Integer> fast = hot.subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 1; i <= 10; i++) {
            hot.onNext(i);
        }

        // 1 went out at once, 2-4 wait in the buffer, 5-10 did not fit.
        assertThat(slow.getItems()).containsExactly(1);
        assertThat(dropped).hasValue(6);
        slow.request(10);
        assertThat(slow.getItems()).containsExactly(1, 2, 3, 4);
        hot.onNext(11);
        assertThat(slow.getItems()).containsExactly(1, 2, 3, 4, 11);
        // The broadcast never saw a subscriber without demand: the fast one got everything, and nothing failed.
        assertThat(fast.getItems()).hasSize(11);
        fast.assertNotTerminated();
        slow.assertNotTerminated();
    }

    @Test
    void completionWaitsForTheBufferedItemsAndFailureDoesNot() {
        BroadcastProcessor<String> hot = BroadcastProcessor.create();
        AssertSubscriber<String> subscriber = hot.plug(upstream -> new DropWhenFull<>(upstream, 5, () -> { }))
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        hot.onNext("a");
        hot.onNext("b");
        hot.onComplete();
        subscriber.assertNotTerminated();
        subscriber.request(5);
        assertThat(subscriber.getItems()).isEqualTo(List.of("a", "b"));
        subscriber.assertCompleted();

        BroadcastProcessor<String> failing = BroadcastProcessor.create();
        AssertSubscriber<String> failed = failing.plug(upstream -> new DropWhenFull<>(upstream, 5, () -> { }))
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        failing.onNext("a");
        failing.onError(new IllegalStateException("broker gone"));
        failed.assertFailedWith(IllegalStateException.class, "broker gone");
    }

    @Test
    void aCancelledSubscriberLeavesTheBroadcast() {
        BroadcastProcessor<Integer> hot = BroadcastProcessor.create();
        AtomicInteger dropped = new AtomicInteger();
        AssertSubscriber<Integer> subscriber = hot.plug(upstream -> new DropWhenFull<>(upstream, 1, dropped::incrementAndGet))
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        subscriber.cancel();
        hot.onNext(1);
        hot.onNext(2);
        assertThat(dropped).hasValue(0);
        assertThat(subscriber.getItems()).isEmpty();
    }
}
