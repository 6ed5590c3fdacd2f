package id.go.mpp.sinergi.survey.messaging;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.core.consumer.IncomingEvents;
import id.go.mpp.sinergi.core.outbox.Outbox;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.survey.SurveyInvitationCreated;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Invites a citizen to the survey when their visit was served (ticket-completed with outcome SERVED). */
@ApplicationScoped
public class VisitEventsConsumer {

    static final String CONSUMER = "survey-service";

    @ConfigMapping(prefix = "sinergi.survey")
    public interface SurveyConfig {
        @WithDefault("7d")
        Duration invitationValidity();
    }

    private final IncomingEvents events;
    private final Outbox outbox;
    private final InvitationPolicy policy;

    public VisitEventsConsumer(IncomingEvents events, Outbox outbox, SurveyConfig config) {
        this.events = events;
        this.outbox = outbox;
        this.policy = new InvitationPolicy(config.invitationValidity());
    }

    @Incoming("queue-visits")
    public Uni<Void> onVisitEvent(Message<String> message) {
        return events.consume(CONSUMER, message, Set.of(TicketCompleted.class), envelope -> envelope.data() instanceof TicketCompleted completed
                ? invite(completed)
                : Uni.createFrom().voidItem());
    }

    private Uni<Void> invite(TicketCompleted completed) {
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
            invitation.status = "OPEN";
            invitation.createdAt = Timestamps.now();
            invitation.expiresAt = policy.expiresAt(completed.completedAt());
            return invitation.persist().chain(() -> outbox.add(new SurveyInvitationCreated(
                    invitation.id.toString(), completed.visitId(), invitation.mppCode, invitation.agencyCode,
                    invitation.serviceCode, invitation.citizenId, invitation.createdAt, invitation.expiresAt)))
                    .replaceWithVoid();
        });
    }
}
