package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.client.ComplaintServiceClient;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Complaints (SP4N-LAPOR! stages) for citizens, visitors without an account, agencies and the MPP admin, and the
 * working-day calendar their deadlines count in. complaint-service applies the finer rules (own complaints, the
 * agency it was dispositioned to, 404 for what the caller may not see).
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintApiResource {

    private final ComplaintServiceClient complaints;
    private final Forwarding forwarding;

    public ComplaintApiResource(@RestClient ComplaintServiceClient complaints, Forwarding forwarding) {
        this.complaints = complaints;
        this.forwarding = forwarding;
    }

    @POST
    @Path("/complaints")
    @PermitAll
    @Operation(summary = "File a complaint, suggestion or information request, with a citizen token or without one",
            description = "Answers 201 with the tracking id (ADU-yyyyMMdd-XXXXXXXX), status SUBMITTED and the "
                    + "verification deadline; without a token also `secret`, shown once, to follow the complaint "
                    + "with header X-Complaint-Secret. `ticketId` (on the ticket) fills in agency, service and counter.")
    public Uni<Response> file(@Context HttpServerRequest http, String body) {
        return forwarding.relayAudited("complaint.file", "complaints", complaints.file(client(http), body));
    }

    @GET
    @Path("/complaints")
    @RolesAllowed({Caller.MPP_ADMIN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The MPP admin's complaints, or the agency's inbox of complaints dispositioned to it",
            description = "Newest first; `next` is the cursor of the following page (size 1-100).")
    public Uni<Response> list(@QueryParam("status") String status, @QueryParam("agency") String agency,
                              @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return forwarding.relay(complaints.list(status, agency, cursor, size));
    }

    @GET
    @Path("/complaints/mine")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's own complaints, newest first")
    public Uni<Response> mine(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return forwarding.relay(complaints.mine(cursor, size));
    }

    @GET
    @Path("/complaints/{trackingId}")
    @PermitAll
    @Operation(summary = "One complaint with its deadline, history and comments, as the caller may see it",
            description = "The reporter (token, or header X-Complaint-Secret), the agency it is dispositioned to, "
                    + "the MPP admin; anyone else, a wrong secret and an unknown id get the same 404.")
    public Uni<Response> complaint(@Context HttpServerRequest http, @PathParam("trackingId") String trackingId) {
        return forwarding.relay(complaints.complaint(client(http), trackingId));
    }

    @POST
    @Path("/complaints/{trackingId}/comments")
    @PermitAll
    @Operation(summary = "Add a comment or correction (reporter, agency, MPP admin)")
    public Uni<Response> comment(@Context HttpServerRequest http, @PathParam("trackingId") String trackingId,
                                 String body) {
        return forwarding.relayAudited("complaint.comment", "complaints/" + trackingId,
                complaints.comment(client(http), trackingId, body));
    }

    @POST
    @Path("/complaints/{trackingId}/verify")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Verify a submitted complaint (MPP admin)")
    public Uni<Response> verify(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "verify", body);
    }

    @POST
    @Path("/complaints/{trackingId}/reject")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Reject a submitted complaint with a reason (MPP admin)")
    public Uni<Response> reject(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "reject", body);
    }

    @POST
    @Path("/complaints/{trackingId}/disposition")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Hand a verified complaint to the responsible agency (MPP admin)")
    public Uni<Response> disposition(@Context HttpServerRequest http, @PathParam("trackingId") String id,
                                     String body) {
        return step(http, id, "disposition", body);
    }

    @POST
    @Path("/complaints/{trackingId}/postpone")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Postpone (tunda) a complaint with a reason (MPP admin)")
    public Uni<Response> postpone(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "postpone", body);
    }

    @POST
    @Path("/complaints/{trackingId}/resume")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Take a postponed complaint up again (MPP admin)")
    public Uni<Response> resume(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "resume", body);
    }

    @POST
    @Path("/complaints/{trackingId}/archive")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Archive spam or a duplicate (`mergedInto`: the surviving complaint) (MPP admin)")
    public Uni<Response> archive(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "archive", body);
    }

    @POST
    @Path("/complaints/{trackingId}/reveal-identity")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Reveal who reported an anonymous complaint, with a reason; audited (MPP admin)")
    public Uni<Response> reveal(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "reveal-identity", body);
    }

    @POST
    @Path("/complaints/{trackingId}/start")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The agency starts working on a complaint dispositioned to it")
    public Uni<Response> start(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "start", body);
    }

    @POST
    @Path("/complaints/{trackingId}/respond")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The agency's follow-up (`note`)")
    public Uni<Response> respond(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "respond", body);
    }

    @POST
    @Path("/complaints/{trackingId}/not-our-authority")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "\"Bukan wewenang\": back to triage (`note`)")
    public Uni<Response> notOurAuthority(@Context HttpServerRequest http, @PathParam("trackingId") String id,
                                         String body) {
        return step(http, id, "not-our-authority", body);
    }

    @POST
    @Path("/complaints/{trackingId}/confirm")
    @PermitAll
    @Operation(summary = "The reporter accepts the follow-up: closed (token or X-Complaint-Secret)")
    public Uni<Response> confirm(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "confirm", body);
    }

    @POST
    @Path("/complaints/{trackingId}/reopen")
    @PermitAll
    @Operation(summary = "The reporter reopens within 10 working days of the follow-up (token or X-Complaint-Secret)")
    public Uni<Response> reopen(@Context HttpServerRequest http, @PathParam("trackingId") String id, String body) {
        return step(http, id, "reopen", body);
    }

    @POST
    @Path("/desk/complaints")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "Record a visitor's complaint at the desk (channel DESK); the visitor gets id and secret")
    public Uni<Response> recordAtDesk(String body) {
        return forwarding.relayAudited("complaint.desk", "desk/complaints", complaints.recordAtDesk(body));
    }

    @GET
    @Path("/escalations")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Complaints of the MPP whose deadline was breached (MPP admin)")
    public Uni<Response> escalations(@QueryParam("page") String page, @QueryParam("size") String size) {
        return forwarding.relay(complaints.escalations(page, size));
    }

    @GET
    @Path("/me/visits")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's visit steps a complaint may name (learnt by complaint-service from queue events)")
    public Uni<Response> myVisits(@QueryParam("page") String page, @QueryParam("size") String size) {
        return forwarding.relay(complaints.myVisits(page, size));
    }

    @GET
    @Path("/public/mpps/{mpp}/complaints")
    @PermitAll
    @Operation(summary = "The MPP's public complaints: not confidential, personal data masked, newest first (cursor)")
    public Uni<Response> publicComplaints(@PathParam("mpp") String mpp, @QueryParam("cursor") String cursor,
                                          @QueryParam("size") String size) {
        return forwarding.relay(complaints.publicComplaints(mpp, cursor, size));
    }

    @GET
    @Path("/public/mpps/{mpp}/complaint-statistics")
    @PermitAll
    @Operation(summary = "Per-agency complaint statistics of a period (from/to, the MPP's days; default this month)",
            description = "Received, verified, responded within deadline (share), median working days from "
                    + "disposition to follow-up, reopened.")
    public Uni<Response> publicStatistics(@PathParam("mpp") String mpp, @QueryParam("from") String from,
                                          @QueryParam("to") String to) {
        return forwarding.relay(complaints.publicStatistics(mpp, from, to));
    }

    @GET
    @Path("/complaints/{trackingId}/duplicates")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Complaints that look like the same matter (same visit, or similar text nearby) (MPP admin)")
    public Uni<Response> duplicates(@PathParam("trackingId") String trackingId) {
        return forwarding.relay(complaints.duplicates(trackingId));
    }

    @GET
    @Path("/calendar/{mpp}/non-working-days")
    @PermitAll
    @Operation(summary = "The non-working days complaint deadlines skip at an MPP in a year (public)")
    public Uni<Response> nonWorkingDays(@PathParam("mpp") String mpp, @QueryParam("year") String year) {
        return forwarding.relay(complaints.nonWorkingDays(mpp, year));
    }

    @POST
    @Path("/calendar/non-working-days")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Add a local holiday or cuti bersama to the caller's MPP (MPP admin)")
    public Uni<Response> addNonWorkingDay(String body) {
        return forwarding.relayAudited("calendar.add", "calendar/non-working-days", complaints.addNonWorkingDay(body));
    }

    @DELETE
    @Path("/calendar/non-working-days/{id}")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Remove one of the caller's MPP's own non-working days (MPP admin)")
    public Uni<Response> removeNonWorkingDay(@PathParam("id") String id) {
        return forwarding.relayAudited("calendar.remove", "calendar/non-working-days/" + id,
                complaints.removeNonWorkingDay(id));
    }

    @PUT
    @Path("/calendar/time-zone")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Set the time zone (WIB/WITA/WIT) the caller's MPP counts deadlines in (MPP admin)")
    public Uni<Response> setTimeZone(String body) {
        return forwarding.relayAudited("calendar.time-zone", "calendar/time-zone", complaints.setTimeZone(body));
    }

    private Uni<Response> step(HttpServerRequest http, String id, String step, String body) {
        return forwarding.relayAudited("complaint." + step, "complaints/" + id,
                complaints.step(client(http), id, step, body == null || body.isBlank() ? "{}" : body));
    }

    /** The client's address as the gateway saw it (never what the client wrote in its own X-Forwarded-For). */
    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }
}
