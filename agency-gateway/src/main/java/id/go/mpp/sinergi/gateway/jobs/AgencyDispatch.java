package id.go.mpp.sinergi.gateway.jobs;

import id.go.mpp.sinergi.data.batch.CallerContexts;
import id.go.mpp.sinergi.gateway.app.adapters.AdapterOperations;
import id.go.mpp.sinergi.gateway.app.adapters.AgencyDispatcher;
import id.go.mpp.sinergi.gateway.app.adapters.DispatchConfig;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Looks for due requests to agency systems every {@code sinergi.agency-dispatch.interval} (a Vert.x timer: the
 * scheduler's finest step is a second; new requests also wake the dispatcher at once). Safe with several gateway
 * instances: claims skip rows another instance holds.
 */
@ApplicationScoped
public class AgencyDispatch {

    private static final Logger LOG = Logger.getLogger(AgencyDispatch.class);

    private final AgencyDispatcher dispatcher;
    private final AdapterOperations operations;
    private final Notifications notifications;
    private final DispatchConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public AgencyDispatch(AgencyDispatcher dispatcher, AdapterOperations operations, Notifications notifications,
                          DispatchConfig config, Vertx vertx) {
        this.dispatcher = dispatcher;
        this.operations = operations;
        this.notifications = notifications;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        timer = vertx.setPeriodic(2000, config.interval().toMillis(), id -> {
            if (!running.compareAndSet(false, true)) {
                return; // the previous look is still claiming
            }
            CallerContexts.isolated(vertx).runOnContext(ignored -> dispatcher.dispatchDue()
                    .subscribe().with(done -> running.set(false), failure -> {
                        running.set(false);
                        LOG.warn("Agency dispatch failed", failure);
                    }));
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Keeps the backlog gauges ({@code sinergi.adapter.backlog} …) current. */
    @Scheduled(every = "10s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measureBacklog() {
        return operations.refreshBacklog().replaceWithVoid().onFailure().recoverWithNull();
    }

    /** Booking reminders the day before, each once (safe with several instances: claims skip locked rows). */
    @Scheduled(every = "${sinergi.notifications.reminder-sweep:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> remindBookings() {
        return notifications.remindBookings(500).invoke(n -> {
            if (n > 0) {
                dispatcher.wake();
            }
        }).replaceWithVoid().onFailure().invoke(failure -> LOG.warn("Booking reminders failed", failure))
                .onFailure().recoverWithNull();
    }
}
