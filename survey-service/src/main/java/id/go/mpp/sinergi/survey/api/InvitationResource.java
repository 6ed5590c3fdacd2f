package id.go.mpp.sinergi.survey.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import id.go.mpp.sinergi.survey.store.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A citizen's survey invitations. */
@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    public record InvitationView(UUID id, UUID visitId, String mppCode, String agencyCode, String serviceCode,
                                 String status, Instant createdAt, Instant expiresAt) {
    }

    public record Answer(@NotNull @Min(1) @Max(9) Integer unsur, @NotNull @Min(1) @Max(4) Integer value) {
    }

    public record ResponseRequest(@NotEmpty @Size(max = 9) List<@Valid @NotNull Answer> answers) {
    }

    private final SecurityIdentity identity;

    public InvitationResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.CITIZEN)
    @WithSession
    public Uni<List<InvitationView>> mine() {
        return SurveyInvitation.ofCitizen(Caller.of(identity).id()).map(list -> list.stream()
                .map(i -> new InvitationView(i.id, i.visitId, i.mppCode, i.agencyCode, i.serviceCode, i.status,
                        i.createdAt, i.expiresAt))
                .toList());
    }

    /** The citizen answers the 9 unsur for an open invitation of theirs; one response per invitation. */
    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.CITIZEN)
    @WithTransaction
    public Uni<InvitationView> respond(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
        Map<Integer, Integer> byUnsur = new LinkedHashMap<>();
        for (int i = 0; i < request.answers().size(); i++) {
            Answer answer = request.answers().get(i);
            if (byUnsur.put(answer.unsur(), answer.value()) != null) {
                throw ProblemException.invalidField("answers[" + i + "].unsur", LocalizedText.of(
                        "unsur %d dijawab lebih dari sekali", "unsur %d is answered more than once").formatted(answer.unsur()));
            }
        }
        IkmAnswers.Result result = IkmAnswers.of(byUnsur);
        if (result.answers().isEmpty()) {
            throw ProblemException.invalidField("answers", LocalizedText.of(
                    "kesembilan unsur wajib dijawab; unsur %d belum", "all nine unsur must be answered; unsur %d is missing")
                    .formatted(result.missingUnsur()));
        }
        String citizen = Caller.of(identity).id();
        return SurveyInvitation.<SurveyInvitation>findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .chain(invitation -> {
                    if (!invitation.citizenId.equals(citizen)) {
                        return Uni.createFrom().failure(notFound(id));
                    }
                    if (!"OPEN".equals(invitation.status)) {
                        return Uni.createFrom().failure(ProblemException.conflict("invitation-not-open", LocalizedText.of(
                                "Undangan survei berstatus %s", "The survey invitation is %s").formatted(invitation.status)));
                    }
                    if (invitation.expiresAt.isBefore(Instant.now())) {
                        return Uni.createFrom().failure(ProblemException.conflict("invitation-expired", LocalizedText.of(
                                "Undangan survei sudah kedaluwarsa", "The survey invitation has expired")));
                    }
                    SurveyResponse response = new SurveyResponse();
                    response.invitationId = invitation.id;
                    response.answers = result.answers().get().values();
                    response.submittedAt = Timestamps.now();
                    invitation.status = "ANSWERED";
                    return response.persist().replaceWith(invitation);
                })
                .map(i -> new InvitationView(i.id, i.visitId, i.mppCode, i.agencyCode, i.serviceCode, i.status,
                        i.createdAt, i.expiresAt));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("invitation-not-found",
                LocalizedText.of("Undangan survei %s tidak ditemukan", "Survey invitation %s not found").formatted(id));
    }
}
