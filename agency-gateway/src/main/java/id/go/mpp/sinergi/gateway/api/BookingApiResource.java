package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.QueueServiceClient;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Online booking through the public API: slots (public), book, confirm, reschedule, cancel, check in. */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingApiResource {

    private final QueueServiceClient queue;
    private final Forwarding forwarding;
    private final NibAtIssue nibAtIssue;

    public BookingApiResource(@RestClient QueueServiceClient queue, Forwarding forwarding, NibAtIssue nibAtIssue) {
        this.queue = queue;
        this.forwarding = forwarding;
        this.nibAtIssue = nibAtIssue;
    }

    @GET
    @Path("/services/{code}/slots")
    @PermitAll
    @Operation(summary = "Online-booking slots of a service on a day, with the places left (public)")
    public Uni<Response> slots(@PathParam("code") String code, @QueryParam("mpp") String mpp,
                               @QueryParam("date") String date) {
        return forwarding.relay(queue.slots(code, mpp, date));
    }

    @POST
    @Path("/bookings")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Book a slot of a service's online quota",
            description = "A service that `requiresNib` needs the business's `nib` (13 digits): it is checked at OSS for "
                    + "the booking's visit at once (GET /visits/{visitId}/business-check).")
    public Uni<Response> book(String body) {
        return forwarding.relayAudited("booking.create", "bookings", queue.book(body))
                .call(made -> nibAtIssue.after(body, made));
    }

    @GET
    @Path("/bookings/mine")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's bookings, newest first (page from 0, size 1-100, default 20)")
    public Uni<Response> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return forwarding.relay(queue.myBookings(page, size));
    }

    @GET
    @Path("/bookings/{code}")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN, PublicApiResource.KIOSK})
    @Operation(summary = "A booking (its citizen, or staff of its agency or MPP)")
    public Uni<Response> booking(@PathParam("code") String code) {
        return forwarding.relay(queue.booking(code));
    }

    @POST
    @Path("/bookings/{code}/confirm")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Confirm a booking so it does not expire")
    public Uni<Response> confirm(@PathParam("code") String code) {
        return action(code, "confirm", "");
    }

    @POST
    @Path("/bookings/{code}/reschedule")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Move a booking to another slot (once)")
    public Uni<Response> reschedule(@PathParam("code") String code, String body) {
        return action(code, "reschedule", body);
    }

    @POST
    @Path("/bookings/{code}/cancel")
    @RolesAllowed({Caller.CITIZEN, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "Cancel a booking and free its slot")
    public Uni<Response> cancel(@PathParam("code") String code) {
        return action(code, "cancel", "");
    }

    @POST
    @Path("/bookings/{code}/check-in")
    @RolesAllowed({Caller.CITIZEN, Caller.OFFICER, PublicApiResource.KIOSK})
    @Operation(summary = "Check in on arrival: the booking becomes a ticket",
            description = "At the MPP's kiosk (scanning the code) or by an officer of the booking's agency; a citizen's "
                    + "own call is refused with 403 check-in-at-kiosk.")
    public Uni<Response> checkIn(@PathParam("code") String code) {
        return action(code, "check-in", "");
    }

    private Uni<Response> action(String code, String action, String body) {
        return forwarding.relayAudited("booking." + action, "bookings/" + code, queue.bookingAction(code, action, body));
    }
}
