package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One enabled adapter and how its agency is called: a thread pool the size of its concurrency limit, and a guard
 * (SmallRye Fault Tolerance) with a timeout, quick retries with exponential backoff and jitter, a circuit breaker and
 * a bulkhead. Requests that still fail are rescheduled in the database with a longer backoff ({@link #backoff}).
 */
public final class Lane {

    private final AgencyAdapter adapter;
    private final Clock clock;
    private final AdaptersConfig.Adapter config;
    private final Guard guard;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<CircuitBreakerState> breaker = new AtomicReference<>(CircuitBreakerState.CLOSED);
    private volatile Instant breakerOpenedAt = Instant.EPOCH;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    Lane(AgencyAdapter adapter, AdaptersConfig.Adapter config, Clock clock) {
        this.adapter = adapter;
        this.clock = clock;
        this.config = config;
        String agency = adapter.descriptor().agencyCode();
        this.workers = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "adapter-" + agency);
            thread.setDaemon(true);
            return thread;
        });
        this.guard = Guard.create()
                .withDescription("agency " + agency)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.quickRetries()).delay(100, ChronoUnit.MILLIS)
                    .jitter(50, ChronoUnit.MILLIS)
                    .abortOn(CircuitBreakerOpenException.class)
                    .withExponentialBackoff().factor(2).maxDelay(1, ChronoUnit.SECONDS).done()
                    .done()
                .withCircuitBreaker().name("agency-" + agency)
                    .requestVolumeThreshold(config.breakerWindow())
                    .failureRatio(config.breakerFailureRatio())
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(2)
                    .onStateChange(this::breakerChanged)
                    .done()
                .withBulkhead().limit(config.concurrency()).done()
                .build();
    }

    public String agencyCode() {
        return adapter.descriptor().agencyCode();
    }

    public AgencyAdapter adapter() {
        return adapter;
    }

    public AdaptersConfig.Adapter config() {
        return config;
    }

    ExecutorService workers() {
        return workers;
    }

    /** Calls the agency through the guard; on a worker thread of this lane. */
    AgencyReply send(AgencyRequest request) throws Exception {
        return guard.call(() -> adapter.send(request), AgencyReply.class);
    }

    /**
     * How many requests the dispatcher may claim now: the free places of the concurrency limit, none while the breaker
     * is open, one (a probe) once its delay is over and until it closes again.
     */
    int claimable(Instant now) {
        int free = config.concurrency() - inFlight.get();
        CircuitBreakerState state = breaker.get();
        if (state == CircuitBreakerState.CLOSED) {
            return Math.max(0, free);
        }
        if (state == CircuitBreakerState.OPEN && now.isBefore(breakerOpenedAt.plus(config.breakerDelay()))) {
            return 0;
        }
        return inFlight.get() == 0 ? 1 : 0;
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void finished(boolean agencyAnswered) {
        inFlight.decrementAndGet();
        (agencyAnswered ? answered : failed).incrementAndGet();
    }

    /** When to try a request again after its {@code attempts}-th failed attempt: doubling, capped, half of it random. */
    Instant backoff(Instant now, int attempts) {
        long first = config.firstBackoff().toMillis();
        long cap = config.maxBackoff().toMillis();
        long ceiling = Math.min(cap, first << Math.min(20, Math.max(0, attempts - 1)));
        long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        return now.plusMillis(wait);
    }

    public CircuitBreakerState breakerState() {
        return breaker.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public long answeredCount() {
        return answered.get();
    }

    public long failedCount() {
        return failed.get();
    }

    private void breakerChanged(CircuitBreakerState state) {
        if (state == CircuitBreakerState.OPEN) {
            breakerOpenedAt = clock.instant();
        }
        breaker.set(state);
    }

    void shutdown() {
        workers.shutdownNow();
    }

    /** The breaker's delay, for requests turned away while it was open. */
    Duration breakerDelay() {
        return config.breakerDelay();
    }
}
