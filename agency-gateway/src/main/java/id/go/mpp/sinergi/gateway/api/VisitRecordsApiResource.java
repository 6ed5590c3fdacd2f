package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.codes.Slugs;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import id.go.mpp.sinergi.gateway.app.visits.VisitRecords;
import id.go.mpp.sinergi.gateway.app.visits.VisitRecords.ApplicationView;
import id.go.mpp.sinergi.gateway.app.visits.VisitRecords.BusinessCheckView;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * What agency systems said about a visit: the applications they accepted (SIMKIM's passport application number and
 * status), the visit's business identity (NIB) check at OSS, and where to notify the visitor. Seen by the visit's agencies, the visitor, the kiosk
 * and the MPP admin; anyone else finds no visit (404).
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitRecordsApiResource {

    private final VisitRecords records;
    private final Notifications notifications;
    private final SecurityIdentity identity;

    public VisitRecordsApiResource(VisitRecords records, Notifications notifications, SecurityIdentity identity) {
        this.records = records;
        this.notifications = notifications;
        this.identity = identity;
    }

    @PUT
    @Path("/visits/{visitId}/notification-contact")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER})
    @Operation(summary = "Notify the visitor of this visit (your turn is near, passport ready) on this number, with "
            + "their consent (204)")
    public Uni<Response> setNotificationContact(@PathParam("visitId") String visitId,
                                                NotificationContactApiResource.ContactRequest body) {
        visitId = Callers.visitId(visitId);
        return notifications.setVisitContact(who(), visitId, NotificationContactApiResource.validated(body))
                .replaceWith(Response.noContent().build());
    }

    /** The NIB to check (13 digits). */
    public record CheckRequest(String nib) {
    }

    @GET
    @Path("/visits/{visitId}/applications")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM,
            Caller.MPP_ADMIN})
    @Operation(summary = "Applications agency systems accepted for the visit's steps (e.g. SIMKIM's passport "
            + "application number) with the status their callbacks report")
    public Uni<List<ApplicationView>> applications(@PathParam("visitId") String visitId) {
        visitId = Callers.visitId(visitId);
        return records.applications(who(), visitId);
    }

    @POST
    @Path("/visits/{visitId}/business-checks")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER})
    @Operation(summary = "Check a business identity number (NIB) at OSS for the visit (a DPMPTSP service needs one)",
            description = "202: on its way (PENDING while OSS is slow or down); 200: the visit's check of the same NIB "
                    + "is pending or valid already and is not asked again.")
    public Uni<Response> checkBusiness(@PathParam("visitId") String visitId, CheckRequest body) {
        visitId = Callers.visitId(visitId);
        if (body == null || body.nib() == null || !body.nib().matches(Slugs.NIB)) {
            throw ProblemException.invalidField("nib", LocalizedText.of("NIB harus 13 angka", "a NIB has 13 digits"));
        }
        Who who = who();
        String requestedBy = Callers.requestedBy(who);
        return records.checkBusiness(who, requestedBy, visitId, body.nib())
                .map(requested -> Response.status(requested.started() ? 202 : 200).entity(requested.check()).build());
    }

    @GET
    @Path("/visits/{visitId}/business-check")
    @RolesAllowed({Caller.CITIZEN, PublicApiResource.KIOSK, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM,
            Caller.MPP_ADMIN})
    @Operation(summary = "The visit's newest NIB check: status, the NIB's status at OSS, its licences' statuses")
    public Uni<BusinessCheckView> businessCheck(@PathParam("visitId") String visitId) {
        visitId = Callers.visitId(visitId);
        return records.businessCheck(who(), visitId);
    }

    private Who who() {
        return Callers.who(Caller.of(identity));
    }
}
