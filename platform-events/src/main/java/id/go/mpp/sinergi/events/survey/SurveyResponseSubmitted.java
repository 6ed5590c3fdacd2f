package id.go.mpp.sinergi.events.survey;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A served visitor answered the IKM survey (PermenPANRB 14/2017) for one ticket step: the facts the IKM figures are
 * computed and rebuilt from, and what a follow-up of a low score needs. Never who answered: no account, no name;
 * personal data typed into the comment is masked.
 *
 * @param invitationId the invitation answered (aggregate, Kafka key): one response per invitation, ever
 * @param ticketId     the ticket step served (its agency, service and counter are the unit rated)
 * @param serviceDate  the MPP-local day of the service, which puts the response into reporting periods
 * @param scores       the nine unsur's answers in the regulation's order (U1 persyaratan … U9 sarana), each 1–4
 * @param comment      the respondent's comment (suggestion, complaint) with NIKs, phone numbers and e-mail
 *                     addresses masked; null when none was given
 * @param sex          the respondent profile of the regulation's form, as codes; each null when not stated
 * @param channel      {@code CODE} (the survey code of the ticket, without an account) or {@code ACCOUNT}
 */
@EventType(value = "id.go.mpp.survey.response-submitted.v1", topic = Topics.SURVEY_EVENTS)
public record SurveyResponseSubmitted(
        String invitationId,
        String visitId,
        String ticketId,
        String ticketNumber,
        String mppCode,
        String agencyCode,
        String serviceCode,
        String counterCode,
        LocalDate serviceDate,
        Instant submittedAt,
        List<Integer> scores,
        String comment,
        String sex,
        String ageBand,
        String education,
        String occupation,
        String channel) implements SinergiEvent {

    @Override
    public String aggregateId() {
        return invitationId;
    }

    @Override
    public String subject() {
        return ticketId;
    }
}
