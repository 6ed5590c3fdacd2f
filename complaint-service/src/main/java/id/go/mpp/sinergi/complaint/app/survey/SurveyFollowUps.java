package id.go.mpp.sinergi.complaint.app.survey;

import id.go.mpp.sinergi.complaint.app.handling.Act;
import id.go.mpp.sinergi.complaint.app.handling.ComplaintHandling;
import id.go.mpp.sinergi.complaint.app.intake.ComplaintIntake;
import id.go.mpp.sinergi.complaint.app.intake.Filing;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.complaint.domain.ComplaintAction;
import id.go.mpp.sinergi.complaint.domain.ComplaintCategory;
import id.go.mpp.sinergi.complaint.domain.ComplaintChannel;
import id.go.mpp.sinergi.complaint.domain.survey.SurveyFollowUp;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * An IKM survey response with a low score or a comment ({@link SurveyFollowUp}) becomes a follow-up the rated agency
 * must answer like a complaint: filed through the intake (channel SURVEY, linked to the ticket step, anonymous and
 * confidential, no reporter), then verified and dispositioned to that agency by complaint-service itself, so its
 * follow-up deadline (5 working days) runs at once. One follow-up per invitation.
 *
 * <p>All of it runs in the caller's transaction when there is one (the incoming event's, with its
 * {@code processed_event} row): every {@code Panache.withTransaction} below joins it, so the complaint, its three
 * history entries and three events are written together with the record of the event, or nothing is.
 */
@ApplicationScoped
public class SurveyFollowUps {

    private static final Logger LOG = Logger.getLogger(SurveyFollowUps.class);

    /** A complaint's text at most, as through the API. */
    static final int TEXT_MAX = 4000;
    /** The note of the steps complaint-service takes for the MPP admin. */
    static final String NOTE = "Otomatis dari survei IKM";

    private final ComplaintIntake intake;
    private final ComplaintHandling handling;

    public SurveyFollowUps(ComplaintIntake intake, ComplaintHandling handling) {
        this.intake = intake;
        this.handling = handling;
    }

    /**
     * Opens the response's follow-up at its agency, unless it needs none or its invitation has one already.
     * {@link IllegalArgumentException} for a response the rule cannot judge (not nine scores of 1–4) or that names
     * no MPP or agency.
     */
    public Uni<Void> open(SurveyResponseSubmitted response) {
        return Uni.createFrom().item(() -> SurveyFollowUp.needed(response.scores(), response.comment()))
                .chain(needed -> needed ? openAtTheAgency(response) : Uni.createFrom().voidItem());
    }

    private Uni<Void> openAtTheAgency(SurveyResponseSubmitted response) {
        if (blank(response.invitationId()) || blank(response.mppCode()) || blank(response.agencyCode())) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "a survey response names its invitation, MPP and agency"));
        }
        Actor system = Actor.system();
        return Panache.withTransaction(() -> Complaint.followsUpInvitation(response.invitationId())
                .chain(already -> already ? Uni.createFrom().voidItem()
                        : intake.fileUnattended(filing(response), system, c -> toAgency(system, c.trackingId))
                        .invoke(c -> LOG.infof("survey invitation %s: follow-up %s written at %s/%s",
                                response.invitationId(), c.trackingId, c.mppCode, c.assignedAgency))
                        .replaceWithVoid()));
    }

    /** SUBMITTED → VERIFIED → DISPOSITIONED to the agency the ticket step was at (the lifecycle's only way there). */
    private Uni<Complaint> toAgency(Actor system, String trackingId) {
        return handling.act(system, trackingId, ComplaintAction.VERIFY, Act.note(NOTE))
                .chain(() -> handling.act(system, trackingId, ComplaintAction.DISPOSITION, Act.note(NOTE)));
    }

    private static Filing filing(SurveyResponseSubmitted r) {
        String comment = r.comment() == null ? null : Masking.personalDataIn(r.comment());
        String text = SurveyFollowUp.text(r.scores(), comment, TEXT_MAX);
        UUID visitId = uuid(r.visitId());
        UUID ticketId = uuid(r.ticketId());
        Filing.SurveyOrigin origin = new Filing.SurveyOrigin(r.invitationId(), visitId, ticketId, r.ticketNumber(),
                r.mppCode(), r.agencyCode(), r.serviceCode(), r.counterCode());
        // Survey respondents are anonymous (the event never says who answered): no account, no contact, no secret.
        return new Filing(ComplaintChannel.SURVEY, ComplaintCategory.PENGADUAN, text, r.mppCode(), r.agencyCode(),
                r.serviceCode(), visitId, ticketId, true, true, List.of(),
                new Filing.ReporterDetails(null, null, null, null, null), origin);
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
