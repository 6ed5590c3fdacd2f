package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.batch.CallerContexts;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows.Row;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due requests to agency systems: per enabled adapter, claims as many as its concurrency limit has room for
 * (none while its circuit breaker is open, one probe after), calls the adapter on the lane's worker threads through
 * its guard, and records each answer or failure in a transaction of its own.
 */
@ApplicationScoped
public class AgencyDispatcher {

    private static final Logger LOG = Logger.getLogger(AgencyDispatcher.class);

    private final AdapterRegistry registry;
    private final AgencyRequestRows rows;
    private final AgencyRequests requests;
    private final DispatchConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Map<String, AtomicBoolean> refilling = new ConcurrentHashMap<>();
    /** Lanes whose last claim took all the room it had: more may be due. */
    private final Map<String, Boolean> backlogged = new ConcurrentHashMap<>();

    public AgencyDispatcher(AdapterRegistry registry, AgencyRequestRows rows, AgencyRequests requests,
                            DispatchConfig config, Vertx vertx, Clock clock) {
        this.registry = registry;
        this.rows = rows;
        this.requests = requests;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Claims and starts the due requests of every lane; answers once they are claimed, not sent. */
    public Uni<Void> dispatchDue() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(registry.lanes())
                .onItem().transformToUniAndConcatenate(this::dispatch)
                .collect().last().replaceWithVoid();
    }

    /** Dispatches soon, on a context of its own: a request was just committed. */
    public void wake() {
        if (!config.enabled() || !woken.compareAndSet(false, true)) {
            return;
        }
        Context context = CallerContexts.isolated(vertx);
        context.runOnContext(ignored -> {
            woken.set(false);
            dispatchDue().subscribe().with(done -> { }, failure -> LOG.warn("Agency dispatch failed", failure));
        });
    }

    /**
     * Claims more for one lane soon, on a context of its own, when one of its calls finished while its last claim had
     * filled it. Without it a backlog waited for the next tick once the lane was full (32 per 250 ms: a Dukcapil
     * backlog drained at 128/s, bench/agency).
     */
    private void refill(Lane lane) {
        if (!backlogged.getOrDefault(lane.agencyCode(), false)) {
            return;
        }
        AtomicBoolean pending = refilling.computeIfAbsent(lane.agencyCode(), code -> new AtomicBoolean());
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        CallerContexts.isolated(vertx).runOnContext(ignored -> {
            pending.set(false);
            dispatch(lane).subscribe().with(done -> { }, failure -> LOG.warn("Agency dispatch failed", failure));
        });
    }

    private Uni<Void> dispatch(Lane lane) {
        Instant now = Timestamps.now(clock);
        int room = lane.claimable(now);
        if (room <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> rows.claim(lane.agencyCode(), now, room, now.plus(config.lease())))
                .invoke(claimed -> {
                    backlogged.put(lane.agencyCode(), claimed.size() == room);
                    claimed.forEach(row -> send(lane, row));
                })
                .onFailure().invoke(failure -> LOG.warnf(failure, "Claiming requests for %s failed", lane.agencyCode()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void send(Lane lane, Row row) {
        lane.started();
        Context context = CallerContexts.isolated(vertx);
        Uni<AgencyReply> call = Uni.createFrom().item(() -> {
                    try {
                        return lane.send(requests.toRequest(row));
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new AgencyCallException(e);
                    }
                })
                .runSubscriptionOn(lane.workers())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
        context.runOnContext(ignored -> call
                .onItemOrFailure().transformToUni((reply, failure) -> {
                    lane.finished(failure == null);
                    return failure == null
                            ? requests.recordReply(lane, row, reply)
                            : requests.recordFailure(lane, row, unwrap(failure));
                })
                .subscribe().with(done -> refill(lane), failure ->
                        // the row keeps its lease and is taken over when it runs out
                        LOG.warnf(failure, "Recording the answer to request %s (%s) failed", row.id(),
                                lane.agencyCode())));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof AgencyCallException call ? call.getCause() : failure;
    }

    /** A checked exception of an adapter's call, carried through Mutiny. */
    static final class AgencyCallException extends RuntimeException {
        AgencyCallException(Exception cause) {
            super(cause);
        }
    }
}
