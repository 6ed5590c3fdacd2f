package id.go.mpp.sinergi.complaint.store.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.calendar.WorkingDayCalendar;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The working-day calendar and time zone of each MPP, as deadlines need them: national days plus the MPP's own.
 * Deadlines are computed at every transition of every complaint, so a built calendar is kept for a short time
 * ({@code sinergi.complaint.calendar-cache-ttl}, 0 turns the cache off). An edit through this instance is seen at
 * once (its use case calls {@link #invalidate} after the commit); an edit through another instance within the TTL.
 *
 * <p>A miss is read in the caller's session when it has one (a transition's transaction): it never waits for a
 * connection of its own while holding one. Two misses at once may both read; the table is small and misses rare.
 */
@ApplicationScoped
public class Calendars {

    /** The zone of an MPP without a {@code mpp_calendar} row. */
    public static final ZoneId DEFAULT_ZONE = IndonesianTimeZone.WIB.zone();

    private record Entry(WorkingDayCalendar calendar, ZoneId zone) {
    }

    /** null when the TTL is 0. */
    private final Cache<String, Entry> entries;
    /** Bumped by every invalidation: a load that started before one does not put what it read. */
    private long generation;

    public Calendars(@ConfigProperty(name = "sinergi.complaint.calendar-cache-ttl", defaultValue = "PT1M")
                     Duration ttl) {
        this.entries = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
    }

    /** The MPP's working days: Monday to Friday less the national non-working days and its own. */
    public Uni<WorkingDayCalendar> of(String mppCode) {
        return entry(mppCode).map(Entry::calendar);
    }

    /** The MPP's time zone; Asia/Jakarta (WIB) for an MPP that has none set. */
    public Uni<ZoneId> zoneOf(String mppCode) {
        return entry(mppCode).map(Entry::zone);
    }

    /** The MPP's complaint deadlines: its calendar in its zone. */
    public Uni<ComplaintDeadlines> deadlinesOf(String mppCode) {
        return entry(mppCode).map(entry -> new ComplaintDeadlines(entry.calendar(), entry.zone()));
    }

    /** Forgets the MPP's calendar; call after the transaction that changed it has committed. */
    public synchronized void invalidate(String mppCode) {
        generation++;
        if (entries != null) {
            entries.invalidate(mppCode);
        }
    }

    private Uni<Entry> entry(String mppCode) {
        Entry cached = entries == null ? null : entries.getIfPresent(mppCode);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        long seen = generation();
        return Panache.withSession(() -> load(mppCode)).invoke(loaded -> keep(mppCode, loaded, seen));
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(String mppCode, Entry loaded, long seen) {
        if (entries != null && generation == seen) {
            entries.put(mppCode, loaded);
        }
    }

    private static Uni<Entry> load(String mppCode) {
        return MppCalendar.<MppCalendar>findById(mppCode)
                .chain(mpp -> NonWorkingDay.ofMpp(mppCode).map(days -> new Entry(
                        WorkingDayCalendar.of(days.stream().map(day -> day.day).toList()),
                        mpp == null ? DEFAULT_ZONE : mpp.zone())));
    }
}
