package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.survey.SurveyInvitationCreated;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Invites the citizen of a served visit to the IKM survey, once per visit, and lists a citizen's invitations. */
@ApplicationScoped
public class Invitations {

    private final Outbox outbox;
    private final Clock clock;
    private final InvitationPolicy policy;

    public Invitations(Outbox outbox, Clock clock, SurveyConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.policy = new InvitationPolicy(config.invitationValidity());
    }

    @WithSession
    public Uni<List<InvitationView>> ofCitizen(String citizenId) {
        return SurveyInvitation.ofCitizen(citizenId).map(list -> list.stream().map(InvitationView::of).toList());
    }

    /** Runs in the consumer's transaction; the invitation-created event leaves through the outbox with it. */
    public Uni<Void> inviteIfServed(TicketCompleted completed) {
        if (!policy.invites(completed.outcome(), completed.citizenId())) {
            return Uni.createFrom().voidItem();
        }
        UUID visitId = UUID.fromString(completed.visitId());
        return SurveyInvitation.forVisit(visitId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.id = UUID.randomUUID();
            invitation.visitId = visitId;
            invitation.ticketId = UUID.fromString(completed.ticketId());
            invitation.mppCode = completed.mppCode();
            invitation.agencyCode = completed.agencyCode();
            invitation.serviceCode = completed.serviceCode();
            invitation.citizenId = completed.citizenId();
            invitation.status = InvitationStatus.OPEN;
            invitation.createdAt = Timestamps.now(clock);
            invitation.expiresAt = policy.expiresAt(completed.completedAt());
            return invitation.persist().chain(() -> outbox.add(new SurveyInvitationCreated(
                    invitation.id.toString(), completed.visitId(), invitation.mppCode, invitation.agencyCode,
                    invitation.serviceCode, invitation.citizenId, invitation.createdAt, invitation.expiresAt)))
                    .replaceWithVoid();
        });
    }
}
