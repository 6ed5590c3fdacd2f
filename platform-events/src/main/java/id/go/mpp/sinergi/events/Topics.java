package id.go.mpp.sinergi.events;

import java.util.List;

/** Kafka topic names. Each topic is documented in {@code asyncapi/sinergi.asyncapi.yaml}. */
public final class Topics {

    /** Life of a visit in the queue: bookings, tickets, calls, transfers, completion. Key: visit id. Owner: queue-service. */
    public static final String QUEUE_VISITS = "sinergi.queue.visits.v1";

    /** Counters (loket) opening and closing. Key: {@code mppCode/counterCode}. Owner: queue-service. */
    public static final String QUEUE_COUNTERS = "sinergi.queue.counters.v1";

    /** Survey invitations and responses. Key: visit id. Owner: survey-service. */
    public static final String SURVEY_EVENTS = "sinergi.survey.events.v1";

    /** Every event topic the platform creates. */
    public static final List<String> ALL = List.of(QUEUE_VISITS, QUEUE_COUNTERS, SURVEY_EVENTS);

    /** Queue events survey-service could not process (poison messages, failed effects). */
    public static final String QUEUE_VISITS_DLQ_SURVEY = deadLetterOf("survey-service", QUEUE_VISITS);

    /** Queue events complaint-service could not process. */
    public static final String QUEUE_VISITS_DLQ_COMPLAINT = deadLetterOf("complaint-service", QUEUE_VISITS);

    /** Every dead-letter topic: one per consuming service and topic. */
    public static final List<String> DEAD_LETTER = List.of(QUEUE_VISITS_DLQ_SURVEY, QUEUE_VISITS_DLQ_COMPLAINT);

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
