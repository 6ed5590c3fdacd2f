package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.core.codes.ReadableCodes;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.data.codes.UniqueViolations;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.domain.InvitationStatus;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileQuestion;
import id.go.mpp.sinergi.survey.domain.questionnaire.RespondentProfile;
import id.go.mpp.sinergi.survey.store.SurveyInvitation;
import id.go.mpp.sinergi.survey.store.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A served visitor answers their invitation, once: a citizen by the invitation in their account, a walk-in by the
 * survey code printed on their ticket (no login). The response and {@code survey-response-submitted} are written
 * together; the IKM figures follow from the event.
 */
@ApplicationScoped
public class SurveyResponses {

    /** How the answer came: {@code CODE} (the ticket's survey code) or {@code ACCOUNT}. */
    public enum Channel { CODE, ACCOUNT }

    private final Clock clock;
    private final Outbox outbox;

    public SurveyResponses(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** A citizen answers an invitation of theirs; anyone else's is unknown to them (404). */
    @WithTransaction
    public Uni<InvitationView> answer(String citizenId, UUID invitationId, SurveyAnswer answer) {
        return SurveyInvitation.forAnswer(invitationId)
                .map(i -> i == null || !citizenId.equals(i.citizenId) ? null : i)
                .onItem().ifNull().failWith(() -> notFound(LocalizedText.of(
                        "Undangan survei %s tidak ditemukan", "Survey invitation %s not found").formatted(invitationId)))
                .chain(i -> record(i, answer, Channel.ACCOUNT));
    }

    /** Whoever holds the ticket answers with its survey code. */
    @WithTransaction
    public Uni<InvitationView> answerByCode(String code, SurveyAnswer answer) {
        return SurveyInvitation.forCodeAnswer(ReadableCodes.hash(code))
                .onItem().ifNull().failWith(SurveyResponses::unknownCode)
                .chain(i -> record(i, answer, Channel.CODE));
    }

    /** The invitation of a survey code, for the page that asks the questions: 404 unknown, 409 answered, 410 expired. */
    @WithSession
    public Uni<InvitationView> byCode(String code) {
        Instant now = Timestamps.now(clock);
        return SurveyInvitation.forCode(ReadableCodes.hash(code))
                .onItem().ifNull().failWith(SurveyResponses::unknownCode)
                .invoke(i -> refuseUnlessOpen(i, now))
                .map(InvitationView::of);
    }

    private Uni<InvitationView> record(SurveyInvitation invitation, SurveyAnswer answer, Channel channel) {
        Instant now = Timestamps.now(clock);
        refuseUnlessOpen(invitation, now);
        RespondentProfile profile = answer.profile();
        SurveyResponse response = new SurveyResponse();
        response.invitationId = invitation.id;
        response.answers = answer.answers().values();
        response.submittedAt = now;
        response.comment = answer.comment();
        response.sex = code(profile, ProfileQuestion.SEX);
        response.ageBand = code(profile, ProfileQuestion.AGE);
        response.education = code(profile, ProfileQuestion.EDUCATION);
        response.occupation = code(profile, ProfileQuestion.OCCUPATION);
        response.channel = channel.name();
        invitation.status = InvitationStatus.ANSWERED;
        return response.persist()
                .chain(() -> outbox.add(event(invitation, response)))
                .call(() -> SurveyInvitation.getSession().chain(s -> s.flush()))
                // Should the row lock ever be bypassed, the one-response key still refuses a second answer: 409.
                .onFailure(e -> UniqueViolations.of(e, SurveyResponse.ONE_PER_INVITATION))
                .transform(e -> notOpen(InvitationStatus.ANSWERED))
                .replaceWith(() -> InvitationView.of(invitation));
    }

    private static void refuseUnlessOpen(SurveyInvitation invitation, Instant now) {
        if (invitation.status != InvitationStatus.OPEN) {
            throw notOpen(invitation.status);
        }
        if (InvitationPolicy.hasExpired(invitation.expiresAt, now)) {
            throw ProblemException.gone("invitation-expired", LocalizedText.of(
                    "Undangan survei sudah kedaluwarsa (%s)", "The survey invitation has expired (%s)")
                    .formatted(invitation.expiresAt));
        }
    }

    static SurveyResponseSubmitted event(SurveyInvitation i, SurveyResponse r) {
        List<Integer> scores = new ArrayList<>(r.answers.length);
        for (short value : r.answers) {
            scores.add((int) value);
        }
        return new SurveyResponseSubmitted(i.id.toString(), i.visitId.toString(), i.ticketId.toString(),
                i.ticketNumber, i.mppCode, i.agencyCode, i.serviceCode, i.counterCode, i.serviceDate, r.submittedAt,
                List.copyOf(scores), r.comment == null ? null : Masking.personalDataIn(r.comment),
                r.sex, r.ageBand, r.education, r.occupation, r.channel);
    }

    private static String code(RespondentProfile profile, ProfileQuestion question) {
        return profile.answer(question).map(ProfileChoice::code).orElse(null);
    }

    private static ProblemException notOpen(InvitationStatus status) {
        return ProblemException.conflict("invitation-not-open", LocalizedText.of(
                "Survei ini sudah dijawab (%s)", "This survey is already answered (%s)").formatted(status));
    }

    private static ProblemException unknownCode() {
        return notFound(LocalizedText.of("Kode survei tidak dikenal", "Unknown survey code"));
    }

    private static ProblemException notFound(LocalizedText detail) {
        return ProblemException.notFound("invitation-not-found", detail);
    }
}
