package id.go.mpp.sinergi.queue.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.queue.app.Actors;
import id.go.mpp.sinergi.queue.app.booking.BookingActions;
import id.go.mpp.sinergi.queue.app.booking.BookingDesk;
import id.go.mpp.sinergi.queue.app.booking.BookingQueries;
import id.go.mpp.sinergi.queue.app.booking.BookingView;
import id.go.mpp.sinergi.queue.domain.access.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * Online bookings: a citizen books a slot of a day's online quota, confirms it, may move it once, cancels it, and
 * checks in on arrival at the MPP's kiosk (or with an officer), which turns it into a ticket.
 */
@Path("/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingDesk desk;
    private final BookingActions actions;
    private final BookingQueries queries;
    private final SecurityIdentity identity;

    public BookingResource(BookingDesk desk, BookingActions actions, BookingQueries queries,
                           SecurityIdentity identity) {
        this.desk = desk;
        this.actions = actions;
        this.queries = queries;
        this.identity = identity;
    }

    /** Books a slot (one active booking per service and day, a few in all). */
    @POST
    @RolesAllowed(Caller.CITIZEN)
    public Uni<Response> book(@Valid @NotNull BookingRequests.Book request) {
        return desk.book(actor(), request.mppCode(), request.serviceCode(), request.date(), request.slotStart(),
                        request.nib() != null)
                .map(booking -> Response.created(URI.create("/bookings/" + booking.code())).entity(booking).build());
    }

    /** The caller's own bookings, newest first. */
    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<List<BookingView>> mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Pages.MAX_PAGE) int page,
                                       @QueryParam("size") @DefaultValue(Pages.DEFAULT_SIZE) @Min(1)
                                       @Max(Pages.MAX_SIZE) int size) {
        return queries.mine(actor(), page, size);
    }

    /** The owner, staff of the booking's agency at its MPP, the MPP's admin, or its kiosk. */
    @GET
    @Path("/{code}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN, Actor.KIOSK})
    public Uni<BookingView> get(@PathParam("code") String code) {
        return queries.get(actor(), code);
    }

    @POST
    @Path("/{code}/confirm")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<BookingView> confirm(@PathParam("code") String code) {
        return actions.confirm(actor(), code);
    }

    /** Moves the booking to another slot (once): the new slot's place is taken and the old one given back. */
    @POST
    @Path("/{code}/reschedule")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<BookingView> reschedule(@PathParam("code") String code,
                                       @Valid @NotNull BookingRequests.Reschedule request) {
        return actions.reschedule(actor(), code, request.date(), request.slotStart());
    }

    /** The citizen, or an admin of the agency or MPP (e.g. the service is suspended that day), cancels. */
    @POST
    @Path("/{code}/cancel")
    @RolesAllowed({Caller.CITIZEN, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    public Uni<BookingView> cancel(@PathParam("code") String code) {
        return actions.cancel(actor(), code);
    }

    /**
     * The citizen arrives and the MPP's kiosk scans the code (or an officer of the agency does): within the check-in
     * window the booking becomes a ticket in the booked line; later, the walk-in rules decide (hours, the day's
     * walk-in quota); too early is refused with the opening time.
     */
    @POST
    @Path("/{code}/check-in")
    @RolesAllowed({Caller.OFFICER, Actor.KIOSK, Caller.CITIZEN})
    public Uni<Response> checkIn(@PathParam("code") String code) {
        return actions.checkIn(actor(), code)
                .map(ticket -> Response.created(URI.create("/tickets/" + ticket.id())).entity(ticket).build());
    }

    private Actor actor() {
        return Actors.of(Caller.of(identity));
    }
}
