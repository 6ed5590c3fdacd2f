package id.go.mpp.sinergi.gateway.app.operator;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.Subscriptions;
import io.smallrye.mutiny.operators.multi.AbstractMultiOperator;
import io.smallrye.mutiny.operators.multi.MultiOperatorProcessor;
import io.smallrye.mutiny.subscription.MultiSubscriber;

import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded buffer between a hot stream and one slow subscriber that drops new items when full (and says so), where
 * Mutiny's own {@code onOverflow().buffer(n)} fails the stream and {@code drop()} keeps nothing. It always asks
 * upstream for everything, so a {@code BroadcastProcessor} never sees it without demand. Use with
 * {@code multi.plug(upstream -> new DropWhenFull<>(upstream, size, onDrop))}.
 */
final class DropWhenFull<T> extends AbstractMultiOperator<T, T> {

    private final int capacity;
    private final Runnable onDrop;

    DropWhenFull(Multi<? extends T> upstream, int capacity, Runnable onDrop) {
        super(upstream);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.onDrop = onDrop;
    }

    @Override
    public void subscribe(MultiSubscriber<? super T> downstream) {
        upstream.subscribe().withSubscriber(new Buffer(downstream));
    }

    private final class Buffer extends MultiOperatorProcessor<T, T> {

        private final Queue<T> queue = new ArrayBlockingQueue<>(capacity);
        private final AtomicLong requested = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private volatile boolean done;
        private volatile boolean cancelled;
        private Throwable failure;

        Buffer(MultiSubscriber<? super T> downstream) {
            super(downstream);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            if (compareAndSetUpstreamSubscription(null, subscription)) {
                downstream.onSubscribe(this);
                subscription.request(Long.MAX_VALUE);
            } else {
                subscription.cancel();
            }
        }

        @Override
        public void onItem(T item) {
            if (done || cancelled) {
                return;
            }
            if (queue.offer(item)) {
                drain();
            } else {
                onDrop.run();
            }
        }

        @Override
        public void onFailure(Throwable failure) {
            this.failure = failure;
            done = true;
            drain();
        }

        @Override
        public void onCompletion() {
            done = true;
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                downstream.onFailure(Subscriptions.getInvalidRequestException());
                return;
            }
            Subscriptions.add(requested, n);
            drain();
        }

        @Override
        public void cancel() {
            if (!cancelled) {
                cancelled = true;
                super.cancel();
                if (wip.getAndIncrement() == 0) {
                    queue.clear();
                }
            }
        }

        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            for (;;) {
                long wanted = requested.get();
                long emitted = 0;
                while (emitted != wanted) {
                    if (terminated(done, queue.isEmpty())) {
                        return;
                    }
                    T item = queue.poll();
                    if (item == null) {
                        break;
                    }
                    downstream.onItem(item);
                    emitted++;
                }
                if (terminated(done, queue.isEmpty())) {
                    return;
                }
                if (emitted != 0 && wanted != Long.MAX_VALUE) {
                    requested.addAndGet(-emitted);
                }
                missed = wip.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        private boolean terminated(boolean isDone, boolean empty) {
            if (cancelled) {
                queue.clear();
                return true;
            }
            if (isDone && failure != null) {
                queue.clear();
                super.onFailure(failure);
                return true;
            }
            if (isDone && empty) {
                super.onCompletion();
                return true;
            }
            return false;
        }
    }
}
