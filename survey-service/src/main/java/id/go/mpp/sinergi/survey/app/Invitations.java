package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.survey.SurveyInvitationCreated;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import id.go.mpp.sinergi.survey.store.ikm.IkmAggregates;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Every served ticket step is counted (the population of the IKM sample) and invited to the survey, once: the
 * citizen's account lists it, and whoever holds a walk-in's ticket answers with its printed survey code.
 */
@ApplicationScoped
public class Invitations {

    private final Outbox outbox;
    private final Clock clock;
    private final InvitationPolicy policy;
    private final IkmAggregates aggregates;

    public Invitations(Outbox outbox, Clock clock, SurveyConfig config, IkmAggregates aggregates) {
        this.outbox = outbox;
        this.clock = clock;
        this.policy = new InvitationPolicy(config.invitationValidity());
        this.aggregates = aggregates;
    }

    @WithSession
    public Uni<List<InvitationView>> ofCitizen(String citizenId) {
        return SurveyInvitation.ofCitizen(citizenId).map(list -> list.stream().map(InvitationView::of).toList());
    }

    /**
     * Counts a served step and invites it, once per ticket; runs in the consumer's transaction, and the
     * invitation-created event leaves through the outbox with it.
     */
    public Uni<Void> countAndInvite(ServedStep step) {
        Uni<Void> counted = aggregates.addServed(step.unit(), step.day());
        if (!policy.invites(step.citizenId(), step.surveyCodeHash())) {
            return counted;
        }
        UUID ticketId = UUID.fromString(step.ticketId());
        return counted.chain(() -> SurveyInvitation.forTicket(ticketId)).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.id = UUID.randomUUID();
            invitation.visitId = UUID.fromString(step.visitId());
            invitation.ticketId = ticketId;
            invitation.ticketNumber = step.ticketNumber();
            invitation.mppCode = step.unit().mpp();
            invitation.agencyCode = step.unit().agency();
            invitation.serviceCode = step.unit().service();
            invitation.counterCode = step.counterCode();
            invitation.serviceDate = step.day();
            invitation.citizenId = step.citizenId();
            invitation.codeHash = step.surveyCodeHash();
            invitation.status = InvitationStatus.OPEN;
            invitation.createdAt = Timestamps.now(clock);
            invitation.expiresAt = policy.expiresAt(step.endedAt());
            return invitation.persist().chain(() -> outbox.add(new SurveyInvitationCreated(
                    invitation.id.toString(), step.visitId(), invitation.mppCode, invitation.agencyCode,
                    invitation.serviceCode, invitation.citizenId, invitation.createdAt, invitation.expiresAt)))
                    .replaceWithVoid();
        });
    }
}
