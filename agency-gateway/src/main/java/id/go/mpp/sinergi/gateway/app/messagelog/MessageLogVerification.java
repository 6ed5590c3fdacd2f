package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.domain.messagelog.ChainVerdict;
import id.go.mpp.sinergi.gateway.domain.messagelog.ChainVerifier;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;
import id.go.mpp.sinergi.gateway.store.messagelog.MessageLogChain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Verifies the whole message log: walks the sealed entries in chain order, in batches, in one read-only snapshot with
 * the head (so the sealer may go on meanwhile), and reports the first entry changed, missing or reordered, or an entry
 * left unsealed too long.
 */
@ApplicationScoped
public class MessageLogVerification {

    private static final Logger LOG = Logger.getLogger(MessageLogVerification.class);
    static final int BATCH = 1000;

    private final MessageLogChain chain;
    private final MessageLogSettings settings;
    private final Clock clock;

    public MessageLogVerification(MessageLogChain chain, MessageLogSettings settings, Clock clock) {
        this.chain = chain;
        this.settings = settings;
        this.clock = clock;
    }

    public Uni<ChainVerdict> verify() {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> chain.readOneSnapshot()
                        .chain(chain::head)
                        .chain(head -> walk(new ChainVerifier(head), 0))
                        .chain(verifier -> verifier.broken() != null
                                ? Uni.createFrom().item(verifier.finish(null, now, settings.sealWithin()))
                                : chain.oldestUnsealed().map(u -> verifier.finish(u, now, settings.sealWithin()))))
                .invoke(verdict -> {
                    if (!verdict.ok()) {
                        LOG.warnf("Message log verification failed at seq %d: %s (intact up to seq %d)",
                                verdict.firstBroken().seq(), verdict.firstBroken().reason(),
                                verdict.firstBroken().intactUpTo());
                    }
                });
    }

    private Uni<ChainVerifier> walk(ChainVerifier verifier, long afterPos) {
        return chain.sealedAfter(afterPos, BATCH).chain(batch -> feed(verifier, batch, 0).chain(stopped -> {
            if (stopped || batch.size() < BATCH) {
                return Uni.createFrom().item(verifier);
            }
            return walk(verifier, batch.get(batch.size() - 1).chainPos());
        }));
    }

    /** Feeds the batch from {@code from}; true once the chain broke. */
    private Uni<Boolean> feed(ChainVerifier verifier, List<StoredEntry> batch, int from) {
        for (int i = from; i < batch.size(); i++) {
            StoredEntry e = batch.get(i);
            switch (verifier.next(e)) {
                case LINKED -> {
                }
                case BROKEN -> {
                    return Uni.createFrom().item(true);
                }
                case UNLINKED -> {
                    return chain.positionOf(e.prevHash())
                            .map(pos -> {
                                verifier.unlinked(pos != null && pos > e.chainPos());
                                return true;
                            });
                }
            }
        }
        return Uni.createFrom().item(false);
    }
}
