package id.go.mpp.sinergi.queue.app.booking;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.booking.SlotRelease;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Releases every service's online quota into slot units before citizens book it: per MPP and active service with an
 * online quota (a transaction each), the open days from the MPP's local today to the end of the booking horizon and
 * the day after it, which opens at the next local midnight. Several instances may run it together: a day is
 * released once, the others add nothing.
 */
@ApplicationScoped
public class DayReleases {

    private final SlotRelease release;
    private final MppCalendar calendar;
    private final Clock clock;

    public DayReleases(SlotRelease release, MppCalendar calendar, Clock clock) {
        this.release = release;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Releases the days that are or will be bookable by tomorrow; returns how many. */
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
        return Panache.withTransaction(() -> release.releaseAhead(service, catalogue.calendar().hours(), today,
                        Integer.MAX_VALUE, now))
                .chain(n -> eachService(catalogue, index + 1, today, now, released + n));
    }
}
