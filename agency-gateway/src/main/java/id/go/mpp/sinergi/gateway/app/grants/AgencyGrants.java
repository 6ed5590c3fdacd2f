package id.go.mpp.sinergi.gateway.app.grants;

import id.go.mpp.sinergi.gateway.domain.grants.GrantTable;
import id.go.mpp.sinergi.gateway.store.grants.AgencyGrantRows;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The access rights of agency systems, held in memory: every grant of every MPP (a few hundred rows) is read at
 * startup, again right after each change through this instance, and every half minute
 * ({@code jobs/AgencyGrantsRefresh}: changes made through another instance). A request's check and an event's are
 * then a map lookup, no query.
 *
 * <p>Default deny: before the first read succeeds, nothing is granted.
 */
@ApplicationScoped
public class AgencyGrants {

    private static final Logger LOG = Logger.getLogger(AgencyGrants.class);

    /** A table and the number of the read that produced it. */
    private record Loaded(long ticket, GrantTable table) {
    }

    private final AgencyGrantRows rows;
    private final AtomicLong tickets = new AtomicLong();
    private final AtomicReference<Loaded> loaded = new AtomicReference<>(new Loaded(0, GrantTable.EMPTY));

    public AgencyGrants(AgencyGrantRows rows) {
        this.rows = rows;
    }

    void loadAtStartup(@Observes StartupEvent started) {
        try {
            reload().await().atMost(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warnf("Agency grants could not be read at startup; agency systems are refused until the next "
                    + "reload: %s", e.toString());
        }
    }

    /**
     * Whether the system of {@code agencyCode} at {@code mppCode} may receive events of {@code eventType} (a
     * CloudEvents type such as {@code id.go.mpp.agency.identity-verified.v1}). False for anything not granted,
     * and for a null argument.
     */
    public boolean mayReceive(String mppCode, String agencyCode, String eventType) {
        return table().mayReceive(mppCode, agencyCode, eventType);
    }

    /** Whether the system of {@code agencyCode} at {@code mppCode} may call {@code operation} (METHOD /path). */
    public boolean mayCall(String mppCode, String agencyCode, String operation) {
        return table().mayCall(mppCode, agencyCode, operation);
    }

    /** The grants as this instance holds them now. */
    public GrantTable table() {
        return loaded.get().table();
    }

    /**
     * Reads every grant again after a change committed; a failed read is logged and the change holds at the next
     * periodic one (the change is made: its caller is not told otherwise).
     */
    public Uni<Void> reloadAfterChange() {
        return reload().onFailure().invoke(failure -> LOG.warnf("Agency grants changed but could not be read again "
                + "(they hold within half a minute): %s", failure.toString())).onFailure().recoverWithNull();
    }

    /**
     * Reads every grant again. A read replaces the table only if no read started after it has done so already: a
     * periodic read that started before a change committed never undoes the read made right after it.
     */
    public Uni<Void> reload() {
        long ticket = tickets.incrementAndGet();
        return rows.all().invoke(grants -> {
            Loaded fresh = new Loaded(ticket, GrantTable.of(grants));
            loaded.accumulateAndGet(fresh, (current, next) -> next.ticket() > current.ticket() ? next : current);
        }).replaceWithVoid();
    }
}
