package id.go.mpp.sinergi.core.privacy;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.filters.AllFilter;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * Puts {@link PersonalDataLogFilter} on every log handler that does not mask yet. Quarkus has no root-level log
 * filter and the defaults can only name the four handler types; named handlers
 * ({@code quarkus.log.handler.<type>."<name>"}) and handlers added by extensions would otherwise write NIKs.
 */
@ApplicationScoped
public class PersonalDataLogGuard {

    private static final String PROBE_NIK = "1571015208900003";

    void guardEveryHandler(@Observes StartupEvent started) {
        guardHandlersOf(LogContext.getLogContext());
    }

    /** Guards the handlers of every logger of the context, nested ones included; returns how many it changed. */
    static int guardHandlersOf(LogContext context) {
        Set<Handler> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int guarded = guard(context.getLogger("").getHandlers(), seen);
        for (String name : Collections.list(context.getLoggerNames())) {
            guarded += guard(context.getLogger(name).getHandlers(), seen);
        }
        return guarded;
    }

    private static int guard(Handler[] handlers, Set<Handler> seen) {
        int guarded = 0;
        for (Handler handler : handlers) {
            if (!seen.add(handler)) {
                continue;
            }
            // A dispatcher (Quarkus' root handler, an async wrapper) hands each record to its nested handlers.
            if (handler instanceof ExtHandler dispatcher && dispatcher.getHandlers().length > 0) {
                guarded += guard(dispatcher.getHandlers(), seen);
            } else if (!masks(handler.getFilter())) {
                Filter existing = handler.getFilter();
                handler.setFilter(existing == null ? new PersonalDataLogFilter()
                        : new AllFilter(List.of(existing, new PersonalDataLogFilter())));
                guarded++;
            }
        }
        return guarded;
    }

    /** Whether the filter masks: asked with a probe record, since Quarkus composes filters it cannot show. */
    private static boolean masks(Filter filter) {
        if (filter == null) {
            return false;
        }
        ExtLogRecord probe = new ExtLogRecord(Level.SEVERE, "probe " + PROBE_NIK, ExtLogRecord.FormatStyle.NO_FORMAT,
                PersonalDataLogGuard.class.getName());
        probe.setLoggerName(PersonalDataLogGuard.class.getName());
        filter.isLoggable(probe);
        return !probe.getFormattedMessage().contains(PROBE_NIK);
    }
}
