package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.intake.ComplaintIntake;
import id.go.mpp.sinergi.complaint.app.intake.Filing;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.core.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An officer or the MPP admin records a visitor's complaint at the desk (channel DESK). */
@Path("/desk/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeskResource {

    private final ComplaintIntake intake;
    private final CallerActors callers;

    public DeskResource(ComplaintIntake intake, CallerActors callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.MPP_ADMIN})
    @Operation(summary = "Record a visitor's complaint at the desk (the visitor gets the tracking id and secret)",
            description = "The MPP is the officer's own; a `ticketId` of any visit at that MPP may be named. The "
                    + "visitor's contact details are optional and never shown to the agency.")
    public Uni<Response> record(@Valid @NotNull ComplaintRequests.File request) {
        ComplaintRequests.Contact contact = request.reporter() != null ? request.reporter()
                : new ComplaintRequests.Contact(null, null, null);
        var officer = callers.fromToken();
        Filing filing = new Filing(ComplaintChannel.DESK, request.category(), request.description(),
                officer.mpp().orElse(request.mppCode()), request.agencyCode(), request.serviceCode(),
                request.visitId(), request.ticketId(), request.anonymous(), request.confidential(),
                request.mediaUrls(),
                Filing.ReporterDetails.account(null, contact.name(), contact.phone(), contact.email()));
        return intake.file(filing, officer).map(ComplaintResource::created);
    }
}
