package id.go.mpp.sinergi.queue.jobs;

import id.go.mpp.sinergi.queue.app.booking.DayReleases;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Every {@code sinergi.queue.booking.release-sweep}: releases the days that open for online booking. */
@ApplicationScoped
public class BookingRelease {

    private static final Logger LOG = Logger.getLogger(BookingRelease.class);

    private final DayReleases releases;

    public BookingRelease(DayReleases releases) {
        this.releases = releases;
    }

    @Scheduled(every = "${sinergi.queue.booking.release-sweep:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return releaseAhead().invoke(n -> {
            if (n > 0) {
                LOG.infof("Released %d service-day(s) for online booking", n);
            }
        }).replaceWithVoid();
    }

    /** Releases the days that are or will be bookable by tomorrow; returns how many (tests call it directly). */
    public Uni<Integer> releaseAhead() {
        return releases.releaseAhead();
    }
}
