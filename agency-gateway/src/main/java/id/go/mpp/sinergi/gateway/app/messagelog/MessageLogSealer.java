package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.batch.CallerContexts;
import id.go.mpp.sinergi.gateway.domain.messagelog.ChainHead;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageChain;
import id.go.mpp.sinergi.gateway.store.messagelog.MessageLogChain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Seals committed entries into the chain, in seq order, after the head: one transaction per batch under a
 * transaction-scoped advisory lock, so one sealer at a time (of all instances) links entries, and appenders never
 * wait for one another. An entry whose transaction commits after later seqs were sealed is sealed in the next run,
 * after them: the chain runs in the order entries were sealed, so no seq is ever waited for or skipped.
 */
@ApplicationScoped
public class MessageLogSealer {

    private static final Logger LOG = Logger.getLogger(MessageLogSealer.class);

    private final MessageLogChain chain;
    private final MessageLogSettings settings;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean sealingSoon = new AtomicBoolean();
    private volatile Instant lastAnchor = Instant.EPOCH;

    public MessageLogSealer(MessageLogChain chain, MessageLogSettings settings, Clock clock, Vertx vertx) {
        this.chain = chain;
        this.settings = settings;
        this.clock = clock;
        this.vertx = vertx;
    }

    /** Seals every committed entry not sealed yet; answers how many (0 while another sealer holds the lock). */
    public Uni<Integer> sealAll() {
        return sealBatch().chain(n -> n < settings.sealBatch() ? Uni.createFrom().item(Math.max(n, 0))
                : sealAll().map(more -> n + more));
    }

    /** One batch: the number sealed, -1 if another sealer holds the lock. */
    private Uni<Integer> sealBatch() {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> chain.trySealerLock().chain(locked -> {
            if (!locked) {
                return Uni.createFrom().item((MessageChain.Sealing) null);
            }
            return chain.head().chain(head -> chain.unsealed(settings.sealBatch()).chain(unsealed -> {
                if (unsealed.isEmpty()) {
                    return Uni.createFrom().item(new MessageChain.Sealing(List.of(), head));
                }
                MessageChain.Sealing sealing = MessageChain.seal(head, unsealed);
                return chain.seal(sealing, now).replaceWith(sealing);
            }));
        })).map(sealing -> {
            if (sealing == null) {
                return -1;
            }
            if (!sealing.seals().isEmpty()) {
                anchor(sealing.head(), now);
            }
            return sealing.seals().size();
        });
    }

    /**
     * Runs the sealer shortly after an append (its transaction has usually committed by then), once for all appends
     * in that time, on a context of its own; the scheduled run catches whatever this one missed.
     */
    void soon() {
        if (!sealingSoon.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(Math.max(1, settings.sealAfterAppend().toMillis()), id -> {
            sealingSoon.set(false);
            CallerContexts.isolated(vertx).runOnContext(ignored -> sealAll().subscribe().with(sealed -> { },
                    failure -> LOG.warnf("Sealing the message log after an append failed (the scheduled run retries): %s",
                            failure.toString())));
        });
    }

    /** The head in the application log now and then: a copy outside the database that a rewrite cannot reach. */
    private void anchor(ChainHead head, Instant now) {
        if (!now.isBefore(lastAnchor.plus(settings.anchorEvery()))) {
            lastAnchor = now;
            LOG.infof("Message log sealed up to seq %d (chain position %d), head hash %s", head.seq(),
                    head.chainPos(), head.entryHash());
        }
    }
}
