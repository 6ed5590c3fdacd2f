package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.ComplaintActors;
import id.go.mpp.sinergi.complaint.app.handling.Act;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.identity.IdentityReveals;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintQueries;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SP4N-LAPOR! steps: the MPP admin verifies, rejects, dispositions, postpones, resumes and archives; the agency
 * starts, responds or says "bukan wewenang"; the reporter confirms or reopens. A step the status does not allow is
 * 409; someone who does not see the complaint gets 404.
 */
@Path("/complaints/{trackingId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintActionResource {

    private final SecurityIdentity identity;
    private final ComplaintHandling handling;
    private final ComplaintQueries queries;
    private final IdentityReveals reveals;
    private final CallerActors callers;

    public ComplaintActionResource(SecurityIdentity identity, ComplaintHandling handling, ComplaintQueries queries,
                                   IdentityReveals reveals, CallerActors callers) {
        this.identity = identity;
        this.handling = handling;
        this.queries = queries;
        this.reveals = reveals;
        this.callers = callers;
    }

    @POST
    @Path("/verify")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Verify a submitted complaint (MPP admin); disposition is then due within 3 working days")
    public Uni<ComplaintView> verify(@PathParam("trackingId") @Size(max = 40) String id,
                                     @Valid ComplaintRequests.Act body) {
        return act(id, ComplaintAction.VERIFY, body);
    }

    @POST
    @Path("/reject")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Reject a submitted complaint with a reason (`note`, MPP admin)")
    public Uni<ComplaintView> reject(@PathParam("trackingId") @Size(max = 40) String id,
                                     @Valid @NotNull ComplaintRequests.Act body) {
        return act(id, ComplaintAction.REJECT, body);
    }

    @POST
    @Path("/disposition")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Hand a verified complaint to the responsible agency (MPP admin)",
            description = "`agencyCode` (default: the agency the complaint names; 422 if not at the MPP), optional "
                    + "`serviceCode` and `note`. The agency's follow-up is due within 5 working days.")
    public Uni<ComplaintView> disposition(@PathParam("trackingId") @Size(max = 40) String id,
                                          @Valid ComplaintRequests.Act body) {
        return act(id, ComplaintAction.DISPOSITION, body);
    }

    @POST
    @Path("/postpone")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Postpone (tunda) a submitted or verified complaint with a reason; its deadline pauses")
    public Uni<ComplaintView> postpone(@PathParam("trackingId") @Size(max = 40) String id,
                                       @Valid @NotNull ComplaintRequests.Act body) {
        return act(id, ComplaintAction.POSTPONE, body);
    }

    @POST
    @Path("/resume")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Take a postponed complaint up again where it was; its stage deadline starts again")
    public Uni<ComplaintView> resume(@PathParam("trackingId") @Size(max = 40) String id,
                                     @Valid ComplaintRequests.Act body) {
        return act(id, ComplaintAction.RESUME, body);
    }

    @POST
    @Path("/archive")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "Archive spam or a duplicate (`note`; `mergedInto`: the surviving complaint of a duplicate)",
            description = "Merged: the history of both shows it, and the reporter of the archived one sees which "
                    + "complaint goes on.")
    public Uni<ComplaintView> archive(@PathParam("trackingId") @Size(max = 40) String id,
                                      @Valid @NotNull ComplaintRequests.Act body) {
        return act(id, ComplaintAction.ARCHIVE, body);
    }

    @POST
    @Path("/start")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The agency starts working on a complaint dispositioned to it")
    public Uni<ComplaintView> start(@PathParam("trackingId") @Size(max = 40) String id,
                                    @Valid ComplaintRequests.Act body) {
        return act(id, ComplaintAction.START, body);
    }

    @POST
    @Path("/respond")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The agency's follow-up (`note`); the complaint closes by itself after 10 working days "
            + "unless the reporter replies")
    public Uni<ComplaintView> respond(@PathParam("trackingId") @Size(max = 40) String id,
                                      @Valid @NotNull ComplaintRequests.Act body) {
        return act(id, ComplaintAction.RESPOND, body);
    }

    @POST
    @Path("/not-our-authority")
    @RolesAllowed({Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "\"Bukan wewenang\": the agency hands the complaint back to triage (`note`)")
    public Uni<ComplaintView> notOurAuthority(@PathParam("trackingId") @Size(max = 40) String id,
                                              @Valid @NotNull ComplaintRequests.Act body) {
        return act(id, ComplaintAction.NOT_OUR_AUTHORITY, body);
    }

    @POST
    @Path("/confirm")
    @PermitAll
    @Operation(summary = "The reporter accepts the agency's follow-up: the complaint is closed",
            description = "The reporter's account, or header X-Complaint-Secret.")
    public Uni<ComplaintView> confirm(@PathParam("trackingId") @Size(max = 40) String id,
                                      @HeaderParam(CallerActors.SECRET_HEADER) @Size(max = 64) String secret,
                                      @Context HttpServerRequest http, @Valid ComplaintRequests.Act body) {
        return callers.of(id, secret, http).chain(actor -> act(actor, id, ComplaintAction.CONFIRM, body));
    }

    @POST
    @Path("/reopen")
    @PermitAll
    @Operation(summary = "The reporter is not satisfied (`note`): back to the agency, within 10 working days of the "
            + "follow-up", description = "The reporter's account, or header X-Complaint-Secret.")
    public Uni<ComplaintView> reopen(@PathParam("trackingId") @Size(max = 40) String id,
                                     @HeaderParam(CallerActors.SECRET_HEADER) @Size(max = 64) String secret,
                                     @Context HttpServerRequest http, @Valid @NotNull ComplaintRequests.Act body) {
        return callers.of(id, secret, http).chain(actor -> act(actor, id, ComplaintAction.REOPEN, body));
    }

    @POST
    @Path("/reveal-identity")
    @RolesAllowed(Caller.MPP_ADMIN)
    @Operation(summary = "The MPP admin reveals who reported an anonymous complaint, with a reason (audited)")
    public Uni<ComplaintView.ReporterView> reveal(@PathParam("trackingId") @Size(max = 40) String id,
                                                  @Valid @NotNull ComplaintRequests.Reveal body) {
        return reveals.reveal(ComplaintActors.of(Caller.of(identity)), id, body.reason());
    }

    private Uni<ComplaintView> act(String id, ComplaintAction action, ComplaintRequests.Act body) {
        return act(ComplaintActors.of(Caller.of(identity)), id, action, body);
    }

    private Uni<ComplaintView> act(Actor actor, String id, ComplaintAction action, ComplaintRequests.Act body) {
        ComplaintRequests.Act given = body != null ? body : new ComplaintRequests.Act(null, null, null, null);
        return handling.act(actor, id, action,
                        new Act(given.note(), given.agencyCode(), given.serviceCode(), given.mergedInto()))
                .chain(c -> queries.viewAfterAct(actor, c));
    }
}
