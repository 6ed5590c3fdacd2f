package id.go.mpp.sinergi.events.survey;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/** A citizen who was served is invited to fill in the IKM survey for that visit (one per visit). */
@EventType(value = "id.go.mpp.survey.invitation-created.v1", topic = Topics.SURVEY_EVENTS)
public record SurveyInvitationCreated(
        String invitationId,
        String visitId,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String citizenId,
        Instant createdAt,
        Instant expiresAt) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public String subject() {
        return invitationId;
    }
}
