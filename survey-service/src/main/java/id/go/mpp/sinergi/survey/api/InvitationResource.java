package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.survey.app.InvitationView;
import id.go.mpp.sinergi.survey.app.Invitations;
import id.go.mpp.sinergi.survey.app.SurveyResponses;
import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A citizen's survey invitations. */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    public record Answer(@NotNull @Min(1) @Max(9) Integer unsur, @NotNull @Min(1) @Max(4) Integer value) {
    }

    public record ResponseRequest(@NotEmpty @Size(max = 9) List<@Valid @NotNull Answer> answers) {
    }

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

    /** The citizen answers the 9 unsur for an open invitation of theirs; one response per invitation. */
    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.CITIZEN)
    public Uni<InvitationView> respond(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
        return responses.answer(Caller.of(identity).id(), id, nineAnswers(request));
    }

    private static IkmAnswers nineAnswers(ResponseRequest request) {
        Map<Integer, Integer> byUnsur = new LinkedHashMap<>();
        for (int i = 0; i < request.answers().size(); i++) {
            Answer answer = request.answers().get(i);
            if (byUnsur.put(answer.unsur(), answer.value()) != null) {
                throw ProblemException.invalidField("answers[" + i + "].unsur", LocalizedText.of(
                        "unsur %d dijawab lebih dari sekali", "unsur %d is answered more than once")
                        .formatted(answer.unsur()));
            }
        }
        IkmAnswers.Result result = IkmAnswers.of(byUnsur);
        return result.answers().orElseThrow(() -> ProblemException.invalidField("answers", LocalizedText.of(
                        "kesembilan unsur wajib dijawab; unsur %d belum",
                        "all nine unsur must be answered; unsur %d is missing")
                .formatted(result.missingUnsur())));
    }
}
