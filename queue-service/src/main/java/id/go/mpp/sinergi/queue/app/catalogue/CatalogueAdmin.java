package id.go.mpp.sinergi.queue.app.catalogue;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.QueueConfig;
import id.go.mpp.sinergi.queue.app.booking.BookingCancellations;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import id.go.mpp.sinergi.queue.domain.access.CataloguePermissions;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import id.go.mpp.sinergi.queue.store.Agency;
import id.go.mpp.sinergi.queue.store.CatalogueCache;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import id.go.mpp.sinergi.queue.store.booking.SlotRelease;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Changing an MPP's catalogue: the mpp-admin manages the MPP (hours, closed days, agencies); an agency-admin manages
 * its own agency's services and counters. Each change is one transaction.
 */
@ApplicationScoped
public class CatalogueAdmin {

    private static final Logger LOG = Logger.getLogger(CatalogueAdmin.class);

    private final MppCalendar calendar;
    private final CatalogueCache cache;
    private final SlotRelease release;
    private final BookingCancellations cancellations;
    private final CatalogueQueries queries;
    private final Clock clock;
    private final int releaseOnSaveDays;

    public CatalogueAdmin(MppCalendar calendar, CatalogueCache cache, SlotRelease release,
                          BookingCancellations cancellations, CatalogueQueries queries, Clock clock,
                          QueueConfig config) {
        this.calendar = calendar;
        this.cache = cache;
        this.release = release;
        this.cancellations = cancellations;
        this.queries = queries;
        this.clock = clock;
        this.releaseOnSaveDays = config.booking().releaseOnSaveDays();
    }

    /** Saves the MPP; a day (today or later) newly closed cancels its bookings with the day's reason. */
    public Uni<CatalogueViews.MppView> updateMpp(Actor actor, String mpp, CatalogueCommands.UpdateMpp request) {
        requireMppAdmin(actor, mpp);
        Map<DayOfWeek, OpeningHours.Hours> weekly = new EnumMap<>(DayOfWeek.class);
        request.openingHours().forEach((day, hours) -> {
            if (!OpeningHours.Hours.valid(hours.opens(), hours.closes())) {
                throw ProblemException.invalidField("openingHours." + day.name(), LocalizedText.of(
                        "jam buka harus sebelum jam tutup (tutup 00:00 berarti tengah malam)",
                        "opening time must be before closing time (closing 00:00 means midnight)"));
            }
            weekly.put(day, new OpeningHours.Hours(hours.opens(), hours.closes()));
        });
        Map<LocalDate, String> closed = new TreeMap<>();
        List<CatalogueCommands.ClosedDay> closedDays = request.closedDays() == null ? List.of() : request.closedDays();
        for (int i = 0; i < closedDays.size(); i++) {
            if (closed.put(closedDays.get(i).day(), closedDays.get(i).reason().strip()) != null) {
                throw ProblemException.invalidField("closedDays[" + i + "].day", LocalizedText.of(
                        "tanggal ini sudah disebut", "this date is listed twice"));
            }
        }
        Instant now = Timestamps.now(clock);
        LocalDate today = now.atZone(request.timeZone().zone()).toLocalDate();
        return Panache.withTransaction(() -> Mpp.<Mpp>findById(mpp).chain(found -> {
                    Mpp target = found != null ? found : new Mpp();
                    target.code = mpp;
                    target.name = request.name().strip();
                    target.timeZone = request.timeZone().zone().getId();
                    return (found != null ? Uni.createFrom().item(target) : target.<Mpp>persist());
                }).call(Panache::flush)
                .chain(() -> calendar.of(mpp))
                .call(() -> calendar.replace(mpp, weekly, closed))
                .chain(before -> cancellations.cancelOnClosedDays(mpp, newlyClosed(before, closed, today), now))
                .invoke(cancelled -> {
                    if (cancelled > 0) {
                        LOG.infof("MPP %s closed day(s): %d booking(s) cancelled", mpp, cancelled);
                    }
                }))
                .invoke(() -> cache.invalidate(mpp))
                .chain(() -> queries.mpp(mpp));
    }

    /** Days from today on that are closed now and were not before, with their reasons. */
    private static Map<LocalDate, String> newlyClosed(MppCalendar.Calendar before, Map<LocalDate, String> closed,
                                                      LocalDate today) {
        Map<LocalDate, String> added = new TreeMap<>(closed);
        added.keySet().removeIf(day -> day.isBefore(today) || before.closedDayReasons().containsKey(day));
        return added;
    }

    public Uni<CatalogueViews.AgencyView> updateAgency(Actor actor, String mpp, String agency,
                                                       CatalogueCommands.UpdateAgency request) {
        requireMppAdmin(actor, mpp);
        return Panache.withTransaction(() -> CatalogueQueries.existingMpp(mpp)
                .chain(() -> Agency.find(mpp, agency)).chain(found -> {
                    Agency target = found != null ? found : new Agency();
                    target.mppCode = mpp;
                    target.code = agency;
                    target.name = request.name().strip();
                    return found != null ? Uni.createFrom().item(target) : target.<Agency>persist();
                })).map(a -> new CatalogueViews.AgencyView(a.code, a.name));
    }

    /**
     * Saves a service. Its online quota takes effect at once: days already released take a changed quota (booked
     * places stay), and the next {@code sinergi.queue.booking.release-on-save-days} days are released (the sweep
     * releases the rest of the horizon). Released days keep their slot length.
     */
    public Uni<CatalogueViews.ServiceView> updateService(Actor actor, String mpp, String code,
                                                         CatalogueCommands.UpdateService request, Locale locale) {
        if (request.requirementsId().size() != request.requirementsEn().size()) {
            throw ProblemException.invalidField("requirementsEn", LocalizedText.of(
                    "jumlahnya harus sama dengan requirementsId", "must have as many entries as requirementsId"));
        }
        return Panache.withTransaction(() -> requireAgencyItem(actor, mpp, request.agencyCode(), "agencyCode")
                        .chain(() -> CatalogueService.find(mpp, code))
                        .chain(found -> {
                            if (found != null && !found.agencyCode.equals(request.agencyCode())) {
                                requireAgencyAdmin(actor, mpp, found.agencyCode);
                            }
                            CatalogueService target = found != null ? found : new CatalogueService();
                            int quotaBefore = found != null ? found.quotaOnline : -1;
                            target.mppCode = mpp;
                            target.code = code;
                            target.agencyCode = request.agencyCode();
                            target.nameId = request.nameId().strip();
                            target.nameEn = request.nameEn().strip();
                            target.ticketPrefix = request.ticketPrefix();
                            target.requirementsId = request.requirementsId().stream().map(String::strip)
                                    .toArray(String[]::new);
                            target.requirementsEn = request.requirementsEn().stream().map(String::strip)
                                    .toArray(String[]::new);
                            target.feeRupiah = request.feeRupiah();
                            target.serviceMinutes = request.serviceMinutes();
                            target.quotaRegular = request.dailyQuota().regular();
                            target.quotaPriority = request.dailyQuota().priority();
                            target.quotaOnline = request.dailyQuota().online();
                            target.slaMinutes = request.slaMinutes();
                            target.active = request.active() == null || request.active();
                            if (request.bookingHorizonDays() != null) {
                                target.bookingHorizonDays = request.bookingHorizonDays();
                            }
                            if (request.slotMinutes() != null) {
                                target.slotMinutes = request.slotMinutes();
                            }
                            if (request.turnNearPlaces() != null) {
                                target.turnNearPlaces = request.turnNearPlaces();
                            }
                            if (request.turnNearMinutes() != null) {
                                target.turnNearMinutes = request.turnNearMinutes();
                            }
                            if (request.requiresNib() != null) {
                                target.requiresNib = request.requiresNib();
                            }
                            Uni<CatalogueService> saved = found != null ? Uni.createFrom().item(target) : target.persist();
                            return saved.call(Panache::flush).chain(service ->
                                    openForBooking(service, found != null && quotaBefore != service.quotaOnline));
                        }))
                .invoke(() -> cache.invalidate(mpp))
                .map(service -> CatalogueViews.ServiceView.of(service, locale));
    }

    private Uni<CatalogueService> openForBooking(CatalogueService service, boolean quotaChanged) {
        Instant now = Timestamps.now(clock);
        return Mpp.<Mpp>findById(service.mppCode).chain(site -> calendar.of(service.mppCode).chain(cal -> {
            LocalDate today = now.atZone(site.zone()).toLocalDate();
            Uni<Integer> resized = quotaChanged
                    ? release.resize(service.mppCode, service.code, today, cal.hours(), service.quotaOnline)
                    : Uni.createFrom().item(0);
            return resized.chain(() -> release.releaseAhead(service, cal.hours(), today, releaseOnSaveDays, now));
        })).replaceWith(service);
    }

    public Uni<CatalogueViews.CounterView> updateCounter(Actor actor, String mpp, String code,
                                                         CatalogueCommands.UpdateCounter request) {
        return Panache.withTransaction(() -> requireAgencyItem(actor, mpp, request.agencyCode(), "agencyCode")
                .chain(() -> CatalogueService.ofMpp(mpp))
                .chain(services -> {
                    List<String> wanted = request.services();
                    for (int i = 0; i < wanted.size(); i++) {
                        String service = wanted.get(i);
                        boolean ofAgency = services.stream().anyMatch(s -> s.code.equals(service)
                                && s.agencyCode.equals(request.agencyCode()));
                        if (!ofAgency) {
                            throw ProblemException.invalidField("services[" + i + "]", LocalizedText.of(
                                    "'%s' bukan layanan instansi ini", "'%s' is not a service of this agency")
                                    .formatted(service));
                        }
                    }
                    return Counter.find(mpp, code);
                })
                .chain(found -> {
                    if (found != null && !found.agencyCode.equals(request.agencyCode())) {
                        requireAgencyAdmin(actor, mpp, found.agencyCode);
                    }
                    Counter target = found != null ? found : new Counter();
                    target.mppCode = mpp;
                    target.code = code;
                    target.agencyCode = request.agencyCode();
                    target.name = request.name().strip();
                    target.services = Set.copyOf(request.services()).stream().sorted().toArray(String[]::new);
                    return found != null ? Uni.createFrom().item(target) : target.<Counter>persist();
                })).map(CatalogueViews.CounterView::of);
    }

    /** The agency must exist at the MPP and the actor must manage it. */
    private static Uni<Agency> requireAgencyItem(Actor actor, String mpp, String agencyCode, String field) {
        requireAgencyAdmin(actor, mpp, agencyCode);
        return CatalogueQueries.existingMpp(mpp).chain(() -> Agency.find(mpp, agencyCode))
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(field, LocalizedText.of(
                        "instansi '%s' tidak ada di MPP ini", "agency '%s' is not at this MPP").formatted(agencyCode)));
    }

    private static void requireMppAdmin(Actor actor, String mpp) {
        if (!CataloguePermissions.mayManageMpp(actor, mpp)) {
            throw ProblemException.forbidden("other-mpp", LocalizedText.of(
                    "Anda bukan admin MPP '%s'", "You are not an admin of MPP '%s'").formatted(mpp));
        }
    }

    private static void requireAgencyAdmin(Actor actor, String mpp, String agencyCode) {
        if (!CataloguePermissions.mayManageAgencyItems(actor, mpp, agencyCode)) {
            throw ProblemException.forbidden("other-agency", LocalizedText.of(
                    "Anda tidak mengelola instansi '%s' di MPP '%s'", "You do not manage agency '%s' at MPP '%s'")
                    .formatted(agencyCode, mpp));
        }
    }
}
