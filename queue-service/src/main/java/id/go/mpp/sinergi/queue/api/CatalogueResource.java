package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.catalogue.CataloguePermissions;
import id.go.mpp.sinergi.queue.domain.catalogue.IndonesianTimeZone;
import id.go.mpp.sinergi.queue.domain.catalogue.OpeningHours;
import id.go.mpp.sinergi.queue.store.Agency;
import id.go.mpp.sinergi.queue.store.BookingSlots;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;
import id.go.mpp.sinergi.queue.store.Mpp;
import id.go.mpp.sinergi.queue.store.CatalogueCache;
import id.go.mpp.sinergi.queue.store.MppCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue of an MPP: its hours and agencies, the services with their requirements, fee, time and
 * daily quotas (public, for transparency), and the counters (staff). The mpp-admin manages the MPP; an
 * agency-admin manages its own agency's services and counters.
 */
@Path("/mpps/{mpp}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private static final Logger LOG = Logger.getLogger(CatalogueResource.class);
    private static final String COUNTER_CODE = "[A-Za-z0-9][A-Za-z0-9-]{0,19}";

    private final SecurityIdentity identity;
    private final MppCalendar calendar;
    private final CatalogueCache cache;
    private final BookingSlots slots;
    private final BookingCancellations cancellations;
    private final Clock clock;

    public CatalogueResource(SecurityIdentity identity, MppCalendar calendar, CatalogueCache cache, BookingSlots slots,
                             BookingCancellations cancellations, Clock clock) {
        this.cache = cache;
        this.identity = identity;
        this.calendar = calendar;
        this.slots = slots;
        this.cancellations = cancellations;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @WithSession
    public Uni<CatalogueViews.MppView> mpp(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp) {
        return existingMpp(mpp).chain(found -> calendar.of(mpp).chain(cal -> Agency.ofMpp(mpp).map(agencies -> {
            Map<String, CatalogueViews.Hours> hours = new LinkedHashMap<>();
            new TreeMap<>(cal.hours().weekly()).forEach((day, h) ->
                    hours.put(day.name(), new CatalogueViews.Hours(h.opens(), h.closes())));
            List<CatalogueViews.ClosedDay> closed = cal.closedDayReasons().entrySet().stream()
                    .map(e -> new CatalogueViews.ClosedDay(e.getKey(), e.getValue())).toList();
            String zone = IndonesianTimeZone.ofZone(found.timeZone).map(Enum::name).orElse(found.timeZone);
            return new CatalogueViews.MppView(found.code, found.name, zone, hours, closed,
                    agencies.stream().map(a -> new CatalogueViews.AgencyView(a.code, a.name)).toList());
        })));
    }

    @PUT
    @RolesAllowed(Caller.MPP_ADMIN)
    @WithTransaction
    public Uni<CatalogueViews.MppView> updateMpp(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                                 @Valid @NotNull CatalogueRequests.UpdateMpp request) {
        requireMppAdmin(mpp);
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
        List<CatalogueRequests.ClosedDay> closedDays = request.closedDays() == null ? List.of() : request.closedDays();
        for (int i = 0; i < closedDays.size(); i++) {
            if (closed.put(closedDays.get(i).day(), closedDays.get(i).reason().strip()) != null) {
                throw ProblemException.invalidField("closedDays[" + i + "].day", LocalizedText.of(
                        "tanggal ini sudah disebut", "this date is listed twice"));
            }
        }
        Instant now = Timestamps.now(clock);
        LocalDate today = now.atZone(request.timeZone().zone()).toLocalDate();
        return Mpp.<Mpp>findById(mpp).chain(found -> {
            Mpp target = found != null ? found : new Mpp();
            target.code = mpp;
            target.name = request.name().strip();
            target.timeZone = request.timeZone().zone().getId();
            return (found != null ? Uni.createFrom().item(target) : target.<Mpp>persist());
        }).call(() -> io.quarkus.hibernate.reactive.panache.Panache.flush())
                .chain(() -> calendar.of(mpp))
                .call(() -> calendar.replace(mpp, weekly, closed))
                .chain(before -> cancellations.cancelOnClosedDays(mpp, newlyClosed(before, closed, today), now))
                .invoke(cancelled -> {
                    if (cancelled > 0) {
                        LOG.infof("MPP %s closed day(s): %d booking(s) cancelled", mpp, cancelled);
                    }
                })
                .invoke(() -> cache.invalidate(mpp))
                .chain(() -> mpp(mpp));
    }

    /** Days from today on that are closed now and were not before, with their reasons. */
    private static Map<LocalDate, String> newlyClosed(MppCalendar.Calendar before, Map<LocalDate, String> closed,
                                                      LocalDate today) {
        Map<LocalDate, String> added = new TreeMap<>(closed);
        added.keySet().removeIf(day -> day.isBefore(today) || before.closedDayReasons().containsKey(day));
        return added;
    }

    @PUT
    @Path("/agencies/{agency}")
    @RolesAllowed(Caller.MPP_ADMIN)
    @WithTransaction
    public Uni<CatalogueViews.AgencyView> updateAgency(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                                       @PathParam("agency") @Pattern(regexp = TicketRequests.CODE) String agency,
                                                       @Valid @NotNull CatalogueRequests.UpdateAgency request) {
        requireMppAdmin(mpp);
        return existingMpp(mpp).chain(() -> Agency.find(mpp, agency)).chain(found -> {
            Agency target = found != null ? found : new Agency();
            target.mppCode = mpp;
            target.code = agency;
            target.name = request.name().strip();
            return found != null ? Uni.createFrom().item(target) : target.<Agency>persist();
        }).map(a -> new CatalogueViews.AgencyView(a.code, a.name));
    }

    @GET
    @Path("/services/{code}")
    @PermitAll
    @WithSession
    public Uni<CatalogueViews.ServiceView> service(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                                   @PathParam("code") @Pattern(regexp = TicketRequests.CODE) String code,
                                                   HttpHeaders headers) {
        return CatalogueService.find(mpp, code)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mpp, code))
                .map(s -> CatalogueViews.ServiceView.of(s, LocalizedText.choose(headers.getAcceptableLanguages())));
    }

    @PUT
    @Path("/services/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    @WithTransaction
    public Uni<CatalogueViews.ServiceView> updateService(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                                         @PathParam("code") @Pattern(regexp = TicketRequests.CODE) String code,
                                                         @Valid @NotNull CatalogueRequests.UpdateService request,
                                                         HttpHeaders headers) {
        if (request.requirementsId().size() != request.requirementsEn().size()) {
            throw ProblemException.invalidField("requirementsEn", LocalizedText.of(
                    "jumlahnya harus sama dengan requirementsId", "must have as many entries as requirementsId"));
        }
        return requireAgencyItem(mpp, request.agencyCode(), "agencyCode")
                .chain(() -> CatalogueService.find(mpp, code))
                .chain(found -> {
                    if (found != null && !found.agencyCode.equals(request.agencyCode())) {
                        requireAgencyAdmin(mpp, found.agencyCode);
                    }
                    CatalogueService target = found != null ? found : new CatalogueService();
                    int quotaBefore = found != null ? found.quotaOnline : -1;
                    target.mppCode = mpp;
                    target.code = code;
                    target.agencyCode = request.agencyCode();
                    target.nameId = request.nameId().strip();
                    target.nameEn = request.nameEn().strip();
                    target.ticketPrefix = request.ticketPrefix();
                    target.requirementsId = request.requirementsId().stream().map(String::strip).toArray(String[]::new);
                    target.requirementsEn = request.requirementsEn().stream().map(String::strip).toArray(String[]::new);
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
                    Uni<CatalogueService> saved = found != null ? Uni.createFrom().item(target) : target.persist();
                    return saved.call(Panache::flush)
                            .chain(service -> openForBooking(service, found != null && quotaBefore != service.quotaOnline));
                })
                .invoke(() -> cache.invalidate(mpp))
                .map(s -> CatalogueViews.ServiceView.of(s, LocalizedText.choose(headers.getAcceptableLanguages())));
    }

    /**
     * A saved service's online quota takes effect at once: days already released take a changed quota (booked
     * places stay, see {@link BookingSlots#resize}), and the days citizens may book from now on — today to the end
     * of the horizon, and the day that opens at the next local midnight — are released, so that the first bookings
     * of a day do not wait for its units ({@link BookingSlots#releaseAhead}; {@code BookingRelease} keeps releasing
     * the days that open later). Released days keep their slot length.
     */
    private Uni<CatalogueService> openForBooking(CatalogueService service, boolean quotaChanged) {
        Instant now = Timestamps.now(clock);
        return Mpp.<Mpp>findById(service.mppCode).chain(site -> calendar.of(service.mppCode).chain(cal -> {
            LocalDate today = now.atZone(site.zone()).toLocalDate();
            Uni<Integer> resized = quotaChanged
                    ? slots.resize(service.mppCode, service.code, today, cal.hours(), service.quotaOnline)
                    : Uni.createFrom().item(0);
            return resized.chain(() -> slots.releaseAhead(service, cal.hours(), today, now));
        })).replaceWith(service);
    }

    /** Counters the caller may see: all of the MPP for its admin, the own agency's for its staff. */
    @GET
    @Path("/counters")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER})
    @WithSession
    public Uni<List<CatalogueViews.CounterView>> counters(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp) {
        CataloguePermissions.Staff staff = staff();
        return Counter.ofMpp(mpp).map(counters -> counters.stream()
                .filter(c -> CataloguePermissions.maySeeCounters(staff, mpp, c.agencyCode))
                .map(CatalogueViews.CounterView::of).toList());
    }

    @PUT
    @Path("/counters/{code}")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.AGENCY_ADMIN})
    @WithTransaction
    public Uni<CatalogueViews.CounterView> updateCounter(@PathParam("mpp") @Pattern(regexp = TicketRequests.CODE) String mpp,
                                                         @PathParam("code") @Pattern(regexp = COUNTER_CODE) String code,
                                                         @Valid @NotNull CatalogueRequests.UpdateCounter request) {
        return requireAgencyItem(mpp, request.agencyCode(), "agencyCode")
                .chain(() -> CatalogueService.ofMpp(mpp))
                .chain(services -> {
                    List<String> wanted = request.services();
                    for (int i = 0; i < wanted.size(); i++) {
                        String service = wanted.get(i);
                        boolean ofAgency = services.stream().anyMatch(s -> s.code.equals(service)
                                && s.agencyCode.equals(request.agencyCode()));
                        if (!ofAgency) {
                            throw ProblemException.invalidField("services[" + i + "]", LocalizedText.of(
                                    "'%s' bukan layanan instansi ini", "'%s' is not a service of this agency").formatted(service));
                        }
                    }
                    return Counter.find(mpp, code);
                })
                .chain(found -> {
                    if (found != null && !found.agencyCode.equals(request.agencyCode())) {
                        requireAgencyAdmin(mpp, found.agencyCode);
                    }
                    Counter target = found != null ? found : new Counter();
                    target.mppCode = mpp;
                    target.code = code;
                    target.agencyCode = request.agencyCode();
                    target.name = request.name().strip();
                    target.services = Set.copyOf(request.services()).stream().sorted().toArray(String[]::new);
                    return found != null ? Uni.createFrom().item(target) : target.<Counter>persist();
                })
                .map(CatalogueViews.CounterView::of);
    }

    private Uni<Mpp> existingMpp(String mpp) {
        return Mpp.<Mpp>findById(mpp).onItem().ifNull().failWith(() -> ProblemException.notFound("mpp-not-found",
                LocalizedText.of("MPP '%s' tidak ditemukan", "MPP '%s' not found").formatted(mpp)));
    }

    /** The agency must exist at the MPP and the caller must manage it. */
    private Uni<Agency> requireAgencyItem(String mpp, String agencyCode, String field) {
        requireAgencyAdmin(mpp, agencyCode);
        return existingMpp(mpp).chain(() -> Agency.find(mpp, agencyCode))
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(field, LocalizedText.of(
                        "instansi '%s' tidak ada di MPP ini", "agency '%s' is not at this MPP").formatted(agencyCode)));
    }

    private void requireMppAdmin(String mpp) {
        if (!CataloguePermissions.mayManageMpp(staff(), mpp)) {
            throw ProblemException.forbidden("other-mpp", LocalizedText.of(
                    "Anda bukan admin MPP '%s'", "You are not an admin of MPP '%s'").formatted(mpp));
        }
    }

    private void requireAgencyAdmin(String mpp, String agencyCode) {
        if (!CataloguePermissions.mayManageAgencyItems(staff(), mpp, agencyCode)) {
            throw ProblemException.forbidden("other-agency", LocalizedText.of(
                    "Anda tidak mengelola instansi '%s' di MPP '%s'", "You do not manage agency '%s' at MPP '%s'")
                    .formatted(agencyCode, mpp));
        }
    }

    private CataloguePermissions.Staff staff() {
        Caller caller = Caller.of(identity);
        return new CataloguePermissions.Staff(identity.getRoles(), caller.agency(), caller.mpp());
    }
}
