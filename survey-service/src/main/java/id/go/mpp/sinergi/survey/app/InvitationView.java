package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;

import java.time.Instant;
import java.util.UUID;

/** A survey invitation as its citizen sees it. */
public record InvitationView(UUID id, UUID visitId, String mppCode, String agencyCode, String serviceCode,
                             InvitationStatus status, Instant createdAt, Instant expiresAt) {

    static InvitationView of(SurveyInvitation i) {
        return new InvitationView(i.id, i.visitId, i.mppCode, i.agencyCode, i.serviceCode, i.status, i.createdAt,
                i.expiresAt);
    }
}
