package id.go.mpp.sinergi.complaint.jobs;

import id.go.mpp.sinergi.complaint.app.deadlines.DeadlineSweeps;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the deadline sweep regularly (safe with several instances: see {@link DeadlineSweeps}). */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    private final DeadlineSweeps sweeps;

    public DeadlineSweep(DeadlineSweeps sweeps) {
        this.sweeps = sweeps;
    }

    @Scheduled(every = "${sinergi.complaint.deadline-sweep:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweeps.sweep().invoke(n -> {
            if (n > 0) {
                LOG.infof("Deadline sweep: %d breach(es) escalated or complaint(s) auto-closed", n);
            }
        }).replaceWithVoid();
    }
}
