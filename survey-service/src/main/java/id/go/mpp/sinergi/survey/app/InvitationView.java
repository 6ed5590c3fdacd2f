package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A survey invitation as its respondent sees it: which service at which counter, on which day, until when. */
public record InvitationView(UUID id, UUID visitId, String mppCode, String agencyCode, String serviceCode,
                             String counterCode, String ticketNumber, LocalDate serviceDate,
                             InvitationStatus status, Instant createdAt, Instant expiresAt) {

    static InvitationView of(SurveyInvitation i) {
        return new InvitationView(i.id, i.visitId, i.mppCode, i.agencyCode, i.serviceCode, i.counterCode,
                i.ticketNumber, i.serviceDate, i.status, i.createdAt, i.expiresAt);
    }
}
