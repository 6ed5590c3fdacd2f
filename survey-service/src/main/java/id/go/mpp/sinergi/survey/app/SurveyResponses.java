package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.survey.domain.IkmAnswers;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import id.go.mpp.sinergi.survey.store.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A citizen answers an open invitation of theirs, once. */
@ApplicationScoped
public class SurveyResponses {

    private final Clock clock;

    public SurveyResponses(Clock clock) {
        this.clock = clock;
    }

    /**
     * Two answers sent at once are serialised by the invitation's row lock: the second sees it answered (409).
     */
    @WithTransaction
    public Uni<InvitationView> answer(String citizenId, UUID invitationId, IkmAnswers answers) {
        Instant now = Timestamps.now(clock);
        return SurveyInvitation.forAnswer(invitationId)
                .onItem().ifNull().failWith(() -> notFound(invitationId))
                .chain(invitation -> {
                    if (!invitation.citizenId.equals(citizenId)) {
                        return Uni.createFrom().failure(notFound(invitationId));
                    }
                    if (invitation.status != InvitationStatus.OPEN) {
                        return Uni.createFrom().failure(notOpen(invitation.status));
                    }
                    if (InvitationPolicy.hasExpired(invitation.expiresAt, now)) {
                        return Uni.createFrom().failure(ProblemException.conflict("invitation-expired",
                                LocalizedText.of("Undangan survei sudah kedaluwarsa",
                                        "The survey invitation has expired")));
                    }
                    SurveyResponse response = new SurveyResponse();
                    response.invitationId = invitation.id;
                    response.answers = answers.values();
                    response.submittedAt = now;
                    invitation.status = InvitationStatus.ANSWERED;
                    return response.persistAndFlush().replaceWith(invitation);
                })
                // Should the lock ever be bypassed, the one-response key still refuses a second answer as a 409.
                .onFailure(e -> UniqueViolations.of(e, SurveyResponse.ONE_PER_INVITATION))
                .transform(e -> notOpen(InvitationStatus.ANSWERED))
                .map(InvitationView::of);
    }

    private static ProblemException notOpen(InvitationStatus status) {
        return ProblemException.conflict("invitation-not-open", LocalizedText.of(
                "Undangan survei berstatus %s", "The survey invitation is %s").formatted(status));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("invitation-not-found",
                LocalizedText.of("Undangan survei %s tidak ditemukan", "Survey invitation %s not found").formatted(id));
    }
}
