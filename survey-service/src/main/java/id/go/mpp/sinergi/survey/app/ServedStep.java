package id.go.mpp.sinergi.survey.app;

import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.survey.domain.InvitationPolicy;
import id.go.mpp.sinergi.survey.domain.ikm.IkmUnit;

import id.go.mpp.sinergi.core.time.IndonesianTimeZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket step whose visitor was served, as the queue's events tell it: a {@code ticket-completed} with outcome
 * {@code SERVED}, or the step a {@code ticket-transferred} ended (served, then sent on to the next agency). Each is
 * counted in the IKM population and invited to the survey.
 *
 * @param day the MPP-local service day (events published before it was carried fall on their WIB day)
 */
public record ServedStep(String visitId, String ticketId, String ticketNumber, IkmUnit unit, String counterCode,
                         String citizenId, String surveyCodeHash, LocalDate day, Instant endedAt) {

    /** The queue events a served step is read from. */
    public static final Set<Class<? extends SinergiEvent>> EVENTS = Set.of(TicketCompleted.class,
            TicketTransferred.class);

    private static final ZoneId FALLBACK_ZONE = IndonesianTimeZone.WIB.zone();

    /** The served step an event tells of, if any. */
    public static Optional<ServedStep> of(SinergiEvent event) {
        if (event instanceof TicketCompleted c && InvitationPolicy.SERVED.equals(c.outcome())) {
            return Optional.of(new ServedStep(c.visitId(), c.ticketId(), c.ticketNumber(),
                    new IkmUnit(c.mppCode(), c.agencyCode(), c.serviceCode()), c.counterCode(), c.citizenId(),
                    c.surveyCodeHash(), day(c.serviceDate(), c.completedAt()), c.completedAt()));
        }
        if (event instanceof TicketTransferred t) {
            return Optional.of(new ServedStep(t.visitId(), t.fromTicketId(), t.fromTicketNumber(),
                    new IkmUnit(t.mppCode(), t.fromAgencyCode(), t.fromServiceCode()), t.fromCounterCode(),
                    t.citizenId(), t.fromSurveyCodeHash(), day(t.fromServiceDate(), t.transferredAt()),
                    t.transferredAt()));
        }
        return Optional.empty();
    }

    private static LocalDate day(LocalDate serviceDate, Instant at) {
        return serviceDate != null ? serviceDate : at.atZone(FALLBACK_ZONE).toLocalDate();
    }
}
