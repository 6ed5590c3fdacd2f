package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.survey.app.InvitationView;
import id.go.mpp.sinergi.survey.app.Invitations;
import id.go.mpp.sinergi.survey.app.SurveyResponses;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** A citizen's survey invitations (one per served ticket step of their account). */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final SecurityIdentity identity;
    private final Invitations invitations;
    private final SurveyResponses responses;

    public InvitationResource(SecurityIdentity identity, Invitations invitations, SurveyResponses responses) {
        this.identity = identity;
        this.invitations = invitations;
        this.responses = responses;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    public Uni<List<InvitationView>> mine() {
        return invitations.ofCitizen(Caller.of(identity).id());
    }

    /** The citizen answers the nine unsur (and optionally comments and tells the profile), once. */
    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.CITIZEN)
    public Uni<InvitationView> respond(@PathParam("id") UUID id,
                                       @Valid @NotNull SurveyRequests.ResponseRequest request) {
        return responses.answer(Caller.of(identity).id(), id, SurveyRequests.answer(request));
    }
}
