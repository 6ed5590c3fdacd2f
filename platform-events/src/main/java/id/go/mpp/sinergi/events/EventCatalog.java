package id.go.mpp.sinergi.events;

import id.go.mpp.sinergi.events.queue.BookingCancelled;
import id.go.mpp.sinergi.events.queue.BookingConfirmed;
import id.go.mpp.sinergi.events.queue.BookingCreated;
import id.go.mpp.sinergi.events.queue.BookingExpired;
import id.go.mpp.sinergi.events.queue.BookingRescheduled;
import id.go.mpp.sinergi.events.queue.CounterClosed;
import id.go.mpp.sinergi.events.queue.CounterOpened;
import id.go.mpp.sinergi.events.queue.ServiceStarted;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCheckedIn;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;
import id.go.mpp.sinergi.events.queue.TicketNoShow;
import id.go.mpp.sinergi.events.queue.TicketParked;
import id.go.mpp.sinergi.events.queue.TicketPriorityConfirmed;
import id.go.mpp.sinergi.events.queue.TicketRecalled;
import id.go.mpp.sinergi.events.queue.TicketReturnedToQueue;
import id.go.mpp.sinergi.events.queue.TicketTransferred;
import id.go.mpp.sinergi.events.queue.TicketTurnNear;
import id.go.mpp.sinergi.events.agency.AgencyApplicationCreated;
import id.go.mpp.sinergi.events.agency.AgencyApplicationStatusChanged;
import id.go.mpp.sinergi.events.agency.AgencyCheckCompleted;
import id.go.mpp.sinergi.events.agency.BusinessIdentityChecked;
import id.go.mpp.sinergi.events.agency.LicenceStatusChanged;
import id.go.mpp.sinergi.events.agency.AgencyComplaintResponse;
import id.go.mpp.sinergi.events.agency.AgencyRequestDeadLettered;
import id.go.mpp.sinergi.events.agency.IdentityVerified;
import id.go.mpp.sinergi.events.complaint.ComplaintArchived;
import id.go.mpp.sinergi.events.complaint.ComplaintClosed;
import id.go.mpp.sinergi.events.complaint.ComplaintCommentAdded;
import id.go.mpp.sinergi.events.complaint.ComplaintDeadlineBreached;
import id.go.mpp.sinergi.events.complaint.ComplaintDispositioned;
import id.go.mpp.sinergi.events.complaint.ComplaintEscalated;
import id.go.mpp.sinergi.events.complaint.ComplaintPostponed;
import id.go.mpp.sinergi.events.complaint.ComplaintRejected;
import id.go.mpp.sinergi.events.complaint.ComplaintReopened;
import id.go.mpp.sinergi.events.complaint.ComplaintResponded;
import id.go.mpp.sinergi.events.complaint.ComplaintResumed;
import id.go.mpp.sinergi.events.complaint.ComplaintReturnedToTriage;
import id.go.mpp.sinergi.events.complaint.ComplaintSubmitted;
import id.go.mpp.sinergi.events.complaint.ComplaintVerified;
import id.go.mpp.sinergi.events.complaint.ComplaintWorkStarted;
import id.go.mpp.sinergi.events.notification.ReplyRequested;
import id.go.mpp.sinergi.events.survey.SurveyInvitationCreated;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one list of every event the platform publishes. */
public final class EventCatalog {

    public static final List<Class<? extends SinergiEvent>> ALL = List.of(
            BookingCreated.class,
            BookingConfirmed.class,
            BookingRescheduled.class,
            BookingCancelled.class,
            BookingExpired.class,
            TicketIssued.class,
            TicketCheckedIn.class,
            TicketCalled.class,
            TicketRecalled.class,
            TicketNoShow.class,
            TicketParked.class,
            TicketReturnedToQueue.class,
            TicketPriorityConfirmed.class,
            ServiceStarted.class,
            TicketCompleted.class,
            TicketTransferred.class,
            TicketTurnNear.class,
            CounterOpened.class,
            CounterClosed.class,
            SurveyInvitationCreated.class,
            SurveyResponseSubmitted.class,
            ComplaintSubmitted.class,
            ComplaintVerified.class,
            ComplaintRejected.class,
            ComplaintDispositioned.class,
            ComplaintWorkStarted.class,
            ComplaintReturnedToTriage.class,
            ComplaintResponded.class,
            ComplaintClosed.class,
            ComplaintReopened.class,
            ComplaintPostponed.class,
            ComplaintResumed.class,
            ComplaintArchived.class,
            ComplaintCommentAdded.class,
            ComplaintDeadlineBreached.class,
            ComplaintEscalated.class,
            AgencyComplaintResponse.class,
            IdentityVerified.class,
            AgencyCheckCompleted.class,
            AgencyRequestDeadLettered.class,
            AgencyApplicationCreated.class,
            AgencyApplicationStatusChanged.class,
            BusinessIdentityChecked.class,
            LicenceStatusChanged.class,
            ReplyRequested.class);

    private static final Map<String, Class<? extends SinergiEvent>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    public static String typeOf(Class<? extends SinergiEvent> eventClass) {
        return annotation(eventClass).value();
    }

    public static String topicOf(Class<? extends SinergiEvent> eventClass) {
        return annotation(eventClass).topic();
    }

    public static Optional<Class<? extends SinergiEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static EventType annotation(Class<? extends SinergiEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return annotation;
    }

    private EventCatalog() {
    }
}
