package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.queue.domain.booking.BookingRules;
import id.go.mpp.sinergi.queue.domain.booking.SlotPlan;
import id.go.mpp.sinergi.queue.store.BookingSlots;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The public service catalogue of an MPP: requirements, fee, time and quota of each service. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    static final String ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private final BookingOffers offers;
    private final BookingSlots slots;
    private final Clock clock;

    private final WaitEstimates estimates;

    public ServiceResource(BookingOffers offers, BookingSlots slots, Clock clock, WaitEstimates estimates) {
        this.estimates = estimates;
        this.offers = offers;
        this.slots = slots;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @WithSession
    public Uni<List<CatalogueViews.ServiceView>> list(
            @QueryParam("mpp") @NotBlank @Pattern(regexp = TicketRequests.CODE) String mpp, HttpHeaders headers) {
        Locale locale = LocalizedText.choose(headers.getAcceptableLanguages());
        return CatalogueService.ofMpp(mpp).map(services -> services.stream()
                .filter(s -> s.active)
                .map(s -> CatalogueViews.ServiceView.of(s, locale))
                .toList());
    }

    /**
     * The online-booking slots of a service on a day with the places left in each: public, so citizens see
     * the quota before they try. A day outside the booking horizon, closed, or in the past is a 422 problem.
     */
    @GET
    @Path("/{serviceCode}/slots")
    @PermitAll
    public Uni<SlotsView> slots(@PathParam("serviceCode") @Pattern(regexp = TicketRequests.CODE) String serviceCode,
                                @QueryParam("mpp") @NotBlank @Pattern(regexp = TicketRequests.CODE) String mpp,
                                @QueryParam("date") @NotNull @Pattern(regexp = ISO_DATE) String isoDate) {
        LocalDate date = parseDate("date", isoDate);
        Instant now = Timestamps.now(clock);
        return offers.day(mpp, serviceCode, date, null, now).chain(day -> slots.units(mpp, serviceCode, date).map(units -> {
            List<SlotsView.Slot> list = new ArrayList<>();
            int quota = 0;
            int available = 0;
            for (SlotPlan.Slot slot : day.plan()) {
                BookingSlots.Units released = units.isEmpty() ? new BookingSlots.Units(slot.capacity(), slot.capacity())
                        : units.getOrDefault(slot.start(), new BookingSlots.Units(0, 0));
                boolean started = !BookingRules.startsAt(date, slot.start(), day.mpp().zone()).isAfter(now);
                int free = started ? 0 : released.free();
                quota += released.total();
                available += free;
                list.add(new SlotsView.Slot(slot.start().toString(),
                        LocalTime.MIDNIGHT.equals(slot.end()) ? "24:00" : slot.end().toString(),
                        released.total(), free, free > 0));
            }
            return new SlotsView(mpp, serviceCode, date, day.mpp().timeZone, quota, available, list);
        }));
    }

    /**
     * Public: how many wait for the service now, how many counters serve it, and the estimated wait for someone
     * taking a regular walk-in ticket now.
     */
    @GET
    @Path("/{serviceCode}/wait")
    @PermitAll
    @WithSession
    public Uni<WaitView> waitEstimate(@PathParam("serviceCode") @Pattern(regexp = TicketRequests.CODE) String serviceCode,
                              @QueryParam("mpp") @NotBlank @Pattern(regexp = TicketRequests.CODE) String mpp) {
        Instant now = Timestamps.now(clock);
        return id.go.mpp.sinergi.queue.store.CatalogueService.find(mpp, serviceCode)
                .onItem().ifNull().failWith(() -> QueueProblems.serviceNotFound(mpp, serviceCode))
                .chain(service -> id.go.mpp.sinergi.queue.store.Mpp.<id.go.mpp.sinergi.queue.store.Mpp>findById(mpp)
                        .chain(site -> estimates.ofNewArrival(service, site, now)));
    }

    static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw id.go.mpp.sinergi.core.problem.ProblemException.invalidField(field, LocalizedText.of(
                    "bukan tanggal yang ada (format YYYY-MM-DD)", "is not a valid date (format YYYY-MM-DD)"));
        }
    }
}
