package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.queue.app.booking.BookingQueries;
import id.go.mpp.sinergi.queue.app.booking.SlotsView;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueQueries;
import id.go.mpp.sinergi.queue.app.catalogue.CatalogueViews;
import id.go.mpp.sinergi.queue.app.ticket.TicketQueries;
import id.go.mpp.sinergi.queue.app.ticket.WaitView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The public service catalogue of an MPP: requirements, fee, time and quota of each service, slots and waits. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    private final CatalogueQueries catalogue;
    private final BookingQueries bookings;
    private final TicketQueries tickets;

    public ServiceResource(CatalogueQueries catalogue, BookingQueries bookings, TicketQueries tickets) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.tickets = tickets;
    }

    @GET
    @PermitAll
    public Uni<List<CatalogueViews.ServiceView>> list(
            @QueryParam("mpp") @NotBlank @Pattern(regexp = Slugs.CODE) String mpp, HttpHeaders headers) {
        return catalogue.services(mpp, RequestLanguage.of(headers));
    }

    /**
     * The online-booking slots of a service on a day with the places left in each: public, so citizens see the quota
     * before they try. A day outside the booking horizon, closed, or in the past is a 422 problem.
     */
    @GET
    @Path("/{serviceCode}/slots")
    @PermitAll
    public Uni<SlotsView> slots(@PathParam("serviceCode") @Pattern(regexp = Slugs.CODE) String serviceCode,
                                @QueryParam("mpp") @NotBlank @Pattern(regexp = Slugs.CODE) String mpp,
                                @QueryParam("date") @NotNull @Pattern(regexp = Slugs.ISO_DATE) String isoDate) {
        return bookings.slots(mpp, serviceCode, Dates.parse("date", isoDate));
    }

    /**
     * Public: how many wait for the service now, how many counters serve it, and the estimated wait for someone
     * taking a regular walk-in ticket now.
     */
    @GET
    @Path("/{serviceCode}/wait")
    @PermitAll
    public Uni<WaitView> waitEstimate(@PathParam("serviceCode") @Pattern(regexp = Slugs.CODE) String serviceCode,
                                      @QueryParam("mpp") @NotBlank @Pattern(regexp = Slugs.CODE) String mpp) {
        return tickets.waitForService(mpp, serviceCode);
    }
}
