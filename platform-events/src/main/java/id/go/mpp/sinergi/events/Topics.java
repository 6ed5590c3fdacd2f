package id.go.mpp.sinergi.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Kafka topic names. Each topic is documented in {@code asyncapi/sinergi.asyncapi.yaml}. */
public final class Topics {

    /**
     * Life of a visit in the building: tickets issued, check-ins of booked citizens, calls, transfers, completion.
     * Key: visit id. Owner: queue-service.
     */
    public static final String QUEUE_VISITS = "sinergi.queue.visits.v1";

    /**
     * Online bookings before the citizen arrives: created, confirmed, rescheduled, cancelled, expired. Key: the visit
     * id the booking becomes at check-in, so a booking's events keep their order. Owner: queue-service.
     *
     * <p>A topic of its own because a booking rush (a day's online quota opening) puts thousands of events on it
     * in seconds that no consumer of the visits in the building needs: on the visits topic every consumer had to
     * fetch and skip each of them while the rush was still selling. The
     * visit's life goes on on {@link #QUEUE_VISITS} with {@code ticket-checked-in}, which carries the booking's id,
     * code, citizen and appointment, so a consumer of visits needs nothing from this topic.
     */
    public static final String QUEUE_BOOKINGS = "sinergi.queue.bookings.v1";

    /** Counters (loket) opening and closing. Key: {@code mppCode/counterCode}. Owner: queue-service. */
    public static final String QUEUE_COUNTERS = "sinergi.queue.counters.v1";

    /**
     * IKM survey invitations and responses ({@code invitation-created}, {@code response-submitted}). Key: the
     * invitation's id. Owner: survey-service. Its history is kept ({@link #HISTORY_KEPT}).
     */
    public static final String SURVEY_EVENTS = "sinergi.survey.events.v1";

    /**
     * Complaints through their SP4N-LAPOR! stages: submitted, verified, dispositioned, responded, closed, deadlines
     * breached and escalations. Key: the complaint's tracking id. Owner: complaint-service. No personal data and no
     * complaint texts: agencies and dashboards read it.
     */
    public static final String COMPLAINT_EVENTS = "sinergi.complaint.events.v1";

    /**
     * Agency systems acting on complaints dispositioned to them ({@code complaint-response}), instead of calling the
     * API. Key: the complaint's tracking id. Written by agency systems, read by complaint-service.
     */
    public static final String AGENCY_COMPLAINT_RESPONSES = "sinergi.agency.complaint-responses.v1";

    /**
     * Messages to send to citizens on the channel they wrote from ({@code reply-requested}), for the notification
     * adapter. Key: the complaint's tracking id. Carries the recipient's number: no other consumer may read it.
     */
    public static final String NOTIFICATION_REQUESTS = "sinergi.notification.requests.v1";

    /**
     * What agency systems answered the gateway's adapters: identity verifications (Dukcapil), checks of plugged-in
     * adapters, requests given up. Key: the visit id. Owner: agency-gateway. No NIK, no personal data.
     */
    public static final String AGENCY_EXCHANGES = "sinergi.agency.exchanges.v1";

    /** Every event topic the platform creates. */
    public static final List<String> ALL = List.of(QUEUE_VISITS, QUEUE_BOOKINGS, QUEUE_COUNTERS, SURVEY_EVENTS,
            COMPLAINT_EVENTS, AGENCY_COMPLAINT_RESPONSES, NOTIFICATION_REQUESTS, AGENCY_EXCHANGES);

    /**
     * Topics whose whole history is kept (no time or size limit): read models are rebuilt from them (survey-service
     * rebuilds its IKM aggregates from its responses and the served tickets).
     */
    public static final List<String> HISTORY_KEPT = List.of(QUEUE_VISITS, SURVEY_EVENTS);

    /** The topic settings of a topic in {@link #HISTORY_KEPT}. */
    public static Map<String, String> historyKeptConfig() {
        return Map.of("retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete");
    }

    /** Survey events survey-service's IKM projection could not apply. */
    public static final String SURVEY_EVENTS_DLQ_SURVEY = deadLetterOf("survey-service", SURVEY_EVENTS);

    /** Queue events survey-service could not process (poison messages, failed effects). */
    public static final String QUEUE_VISITS_DLQ_SURVEY = deadLetterOf("survey-service", QUEUE_VISITS);

    /** Queue events agency-gateway could not process (its visit steps, its adapters' requests). */
    public static final String QUEUE_VISITS_DLQ_GATEWAY = deadLetterOf("agency-gateway", QUEUE_VISITS);

    /** Booking events agency-gateway could not process (its booking reminders). */
    public static final String QUEUE_BOOKINGS_DLQ_GATEWAY = deadLetterOf("agency-gateway", QUEUE_BOOKINGS);

    /** Reply requests agency-gateway's messaging adapter could not take (they carry a phone number). */
    public static final String NOTIFICATION_REQUESTS_DLQ_GATEWAY = deadLetterOf("agency-gateway", NOTIFICATION_REQUESTS);

    /** Queue events complaint-service could not process. */
    public static final String QUEUE_VISITS_DLQ_COMPLAINT = deadLetterOf("complaint-service", QUEUE_VISITS);

    /** Agency responses complaint-service could not apply (not the agency's complaint, wrong state, unreadable). */
    public static final String AGENCY_COMPLAINT_RESPONSES_DLQ_COMPLAINT =
            deadLetterOf("complaint-service", AGENCY_COMPLAINT_RESPONSES);

    /** Survey responses complaint-service could not turn into a follow-up (unreadable, malformed, failed). */
    public static final String SURVEY_EVENTS_DLQ_COMPLAINT = deadLetterOf("complaint-service", SURVEY_EVENTS);

    /** Every dead-letter topic: one per consuming service and topic. */
    public static final List<String> DEAD_LETTER = List.of(QUEUE_VISITS_DLQ_SURVEY, QUEUE_VISITS_DLQ_COMPLAINT,
            QUEUE_VISITS_DLQ_GATEWAY, QUEUE_BOOKINGS_DLQ_GATEWAY, NOTIFICATION_REQUESTS_DLQ_GATEWAY,
            AGENCY_COMPLAINT_RESPONSES_DLQ_COMPLAINT, SURVEY_EVENTS_DLQ_SURVEY, SURVEY_EVENTS_DLQ_COMPLAINT);

    /**
     * How long a dead-letter topic keeps a record: long enough for an operator to look at it and replay it, not for
     * ever (a poisoned record may carry a citizen's data; UU 27/2022 keeps personal data no longer than needed).
     */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    /** The topic settings of a dead-letter topic ({@code retention.ms}), for whoever creates or checks it. */
    public static Map<String, String> deadLetterConfig() {
        return Map.of("retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()), "cleanup.policy", "delete");
    }

    /**
     * Dead-letter topic for records {@code service} could not process from {@code topic}; the record keeps
     * its key, value and headers and gains {@code dead-letter-reason}/{@code -cause}/{@code -topic}/
     * {@code -partition}/{@code -offset} headers.
     */
    public static String deadLetterOf(String service, String topic) {
        return topic + ".dlq." + service;
    }

    private Topics() {
    }
}
