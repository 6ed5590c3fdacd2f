package id.go.mpp.sinergi.events.survey;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;

/**
 * A served ticket step is invited to the IKM survey (one invitation per step): in the citizen's account, or by the
 * survey code printed on a walk-in's ticket ({@code citizenId} null).
 */
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
        return invitationId;
    }

    @Override
    public String subject() {
        return visitId;
    }
}
