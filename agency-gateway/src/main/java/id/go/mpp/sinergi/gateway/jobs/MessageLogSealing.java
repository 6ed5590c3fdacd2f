package id.go.mpp.sinergi.gateway.jobs;

import id.go.mpp.sinergi.gateway.app.messagelog.MessageLogSealer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Seals the message log every second (appends also wake the sealer). Safe with several gateway instances: one sealer
 * at a time holds the lock, the others skip.
 */
@ApplicationScoped
public class MessageLogSealing {

    private static final Logger LOG = Logger.getLogger(MessageLogSealing.class);

    private final MessageLogSealer sealer;

    public MessageLogSealing(MessageLogSealer sealer) {
        this.sealer = sealer;
    }

    @Scheduled(every = "${sinergi.gateway.message-log.seal-every:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> seal() {
        return sealer.sealAll().replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("Sealing the message log failed (retried in a second): %s",
                        failure.toString()))
                .onFailure().recoverWithNull();
    }
}
