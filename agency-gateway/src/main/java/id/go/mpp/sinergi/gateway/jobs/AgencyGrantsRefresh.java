package id.go.mpp.sinergi.gateway.jobs;

import id.go.mpp.sinergi.gateway.app.grants.AgencyGrants;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Reads the agency grants again every half minute: a change made through another gateway instance holds here within
 * that time (one made through this instance holds at once). A failed read keeps the grants as they were.
 */
@ApplicationScoped
public class AgencyGrantsRefresh {

    private static final Logger LOG = Logger.getLogger(AgencyGrantsRefresh.class);

    private final AgencyGrants grants;

    public AgencyGrantsRefresh(AgencyGrants grants) {
        this.grants = grants;
    }

    @Scheduled(every = "${sinergi.gateway.agency-grants.reload-every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> reload() {
        return grants.reload()
                .onFailure().invoke(failure -> LOG.warnf("Reading the agency grants failed (kept as they were, "
                        + "retried in half a minute): %s", failure.toString()))
                .onFailure().recoverWithNull();
    }
}
