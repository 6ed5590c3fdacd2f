package id.go.mpp.sinergi.queue.jobs;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.store.BookingSlots;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases every service's online quota into slot units before citizens book it: each sweep releases, per MPP and
 * active service with an online quota (each in a transaction of its own), the open days from the MPP's local today
 * to the end of the booking horizon and the day after it, which opens at the next local midnight — so when a day
 * opens and everyone books at once, its units are there already. Saving a service does the same for that service
 * at once. Several instances may sweep together: a day is released once ({@code booking_day}'s key), the others
 * add nothing.
 */
@ApplicationScoped
public class BookingRelease {

    private static final Logger LOG = Logger.getLogger(BookingRelease.class);

    private final BookingSlots slots;
    private final MppCalendar calendar;
    private final Clock clock;

    public BookingRelease(BookingSlots slots, MppCalendar calendar, Clock clock) {
        this.slots = slots;
        this.calendar = calendar;
        this.clock = clock;
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

    /** Releases the days that are or will be bookable by tomorrow, one transaction per service; returns how many. */
    public Uni<Integer> releaseAhead() {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> Mpp.<Mpp>listAll()).chain(mpps -> eachMpp(mpps, 0, now, 0));
    }

    private Uni<Integer> eachMpp(List<Mpp> mpps, int index, Instant now, int released) {
        if (index >= mpps.size()) {
            return Uni.createFrom().item(released);
        }
        Mpp mpp = mpps.get(index);
        LocalDate today = now.atZone(mpp.zone()).toLocalDate();
        return Panache.withSession(() -> calendar.of(mpp.code).chain(cal -> CatalogueService.ofMpp(mpp.code)
                        .map(services -> new Catalogue(cal, services))))
                .chain(catalogue -> eachService(catalogue, 0, today, now, 0))
                .chain(n -> eachMpp(mpps, index + 1, now, released + n));
    }

    private record Catalogue(MppCalendar.Calendar calendar, List<CatalogueService> services) {
    }

    private Uni<Integer> eachService(Catalogue catalogue, int index, LocalDate today, Instant now, int released) {
        if (index >= catalogue.services().size()) {
            return Uni.createFrom().item(released);
        }
        CatalogueService service = catalogue.services().get(index);
        return Panache.withTransaction(() -> slots.releaseAhead(service, catalogue.calendar().hours(), today, now))
                .chain(n -> eachService(catalogue, index + 1, today, now, released + n));
    }
}
