package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.comments.ComplaintComments;
import id.go.mpp.sinergi.complaint.app.intake.ComplaintIntake;
import id.go.mpp.sinergi.complaint.app.intake.Filing;
import id.go.mpp.sinergi.complaint.app.intake.FilingReceipt;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintPage;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintQueries;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintView;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.ComplaintStatus;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Optional;

/**
 * Filing and following complaints: citizens with an account, visitors without one (tracking id + secret), staff
 * of the agency it was dispositioned to, and the MPP admin.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final SecurityIdentity identity;
    private final ComplaintIntake intake;
    private final ComplaintQueries queries;
    private final ComplaintComments comments;
    private final CallerActors callers;

    public ComplaintResource(SecurityIdentity identity, ComplaintIntake intake, ComplaintQueries queries,
                             ComplaintComments comments, CallerActors callers) {
        this.identity = identity;
        this.intake = intake;
        this.queries = queries;
        this.comments = comments;
        this.callers = callers;
    }

    @POST
    @PermitAll
    @Operation(summary = "File a complaint, suggestion or information request (with a citizen token, or without one)",
            description = "Without a token the answer carries `secret`, shown once: with the tracking id it follows "
                    + "the complaint (header X-Complaint-Secret). `ticketId` (printed on the ticket) or `visitId` "
                    + "fills in the agency, service and counter; else `mppCode` with optional agency/service codes, "
                    + "or nothing and triage decides. Verification is due within 3 working days.")
    public Uni<Response> file(@Valid @NotNull ComplaintRequests.File request) {
        Actor filedBy = reporter();
        ComplaintRequests.Contact contact = request.reporter() != null ? request.reporter()
                : new ComplaintRequests.Contact(null, null, null);
        Filing filing = new Filing(
                "MOBILE".equals(request.channel()) ? ComplaintChannel.MOBILE : ComplaintChannel.WEB,
                request.category(), request.description(), request.mppCode(), request.agencyCode(),
                request.serviceCode(), request.visitId(), request.ticketId(), request.anonymous(),
                request.confidential(), request.mediaUrls(),
                Filing.ReporterDetails.account(filedBy.accountId(), contact.name(), contact.phone(), contact.email()));
        return intake.file(filing, filedBy).map(ComplaintResource::created);
    }

    static Response created(FilingReceipt receipt) {
        return Response.created(URI.create("/complaints/" + receipt.complaint().trackingId())).entity(receipt).build();
    }

    @GET
    @Path("/{trackingId}")
    @PermitAll
    @Operation(summary = "One complaint as the caller may see it, with its deadline, history and comments",
            description = "The reporter (account, or header X-Complaint-Secret), staff of the agency it is "
                    + "dispositioned to, the MPP admin. Unknown, someone else's and a wrong secret: the same 404. "
                    + "Look-ups with a secret are limited per client (429).")
    public Uni<ComplaintView> get(@PathParam("trackingId") @Size(max = 40) String trackingId,
                                  @HeaderParam(CallerActors.SECRET_HEADER) @Size(max = 64) String secret,
                                  @Context HttpServerRequest http) {
        if (secret != null) {
            callers.countLookup(http);
            return queries.viewWithSecret(trackingId, secret);
        }
        if (identity.isAnonymous()) {
            return Uni.createFrom().failure(id.go.mpp.sinergi.complaint.app.ComplaintProblems.notFound(trackingId));
        }
        return queries.view(actor(), trackingId);
    }

    @GET
    @RolesAllowed({Caller.MPP_ADMIN, Caller.OFFICER, Caller.AGENCY_ADMIN, Caller.AGENCY_SYSTEM})
    @Operation(summary = "The MPP admin's complaints of the MPP, or an agency's inbox of those dispositioned to it",
            description = "Newest first; `next` is the cursor of the following page. Filters: status, agency "
                    + "(admin only).")
    public Uni<ComplaintPage> list(@QueryParam("status") ComplaintStatus status,
                                   @QueryParam("agency") @Pattern(regexp = id.go.mpp.sinergi.core.codes.Slugs.CODE)
                                   String agency,
                                   @QueryParam("cursor") @Size(max = 80) String cursor,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.list(actor(), status, agency, cursor, size);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "The caller's own complaints, newest first (cursor pagination)")
    public Uni<ComplaintPage> mine(@QueryParam("cursor") @Size(max = 80) String cursor,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.mine(Caller.of(identity).id(), cursor, size);
    }

    @POST
    @Path("/{trackingId}/comments")
    @PermitAll
    @Operation(summary = "Add a comment or correction (the reporter's text itself is never edited)",
            description = "The reporter (account or X-Complaint-Secret), the agency it is dispositioned to, the MPP "
                    + "admin. A reporter's comment while the complaint is with the agency reaches it as a new item.")
    public Uni<Response> comment(@PathParam("trackingId") @Size(max = 40) String trackingId,
                                 @HeaderParam(CallerActors.SECRET_HEADER) @Size(max = 64) String secret,
                                 @Context HttpServerRequest http,
                                 @Valid @NotNull ComplaintRequests.Comment request) {
        return callers.of(trackingId, secret, http)
                .chain(actor -> comments.add(actor, trackingId, request.body(), "API"))
                .map(c -> Response.status(201).entity(c).build());
    }

    private Actor actor() {
        return callers.fromToken();
    }

    /** The reporter filing: a citizen's account, or nobody (no token). Staff file at the desk. */
    private Actor reporter() {
        if (identity.isAnonymous()) {
            return new Actor(id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Role.REPORTER, null,
                    Optional.empty(), Optional.empty());
        }
        if (!identity.hasRole(Caller.CITIZEN)) {
            throw ProblemException.forbidden("file-at-the-desk", LocalizedText.of(
                    "Petugas mencatat pengaduan pengunjung melalui /desk/complaints",
                    "Staff record a visitor's complaint through /desk/complaints"));
        }
        return actor();
    }
}
