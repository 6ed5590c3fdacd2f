package id.go.mpp.sinergi.events;

import java.util.List;

/** Kafka topic names. Each topic is documented in {@code asyncapi/sinergi.asyncapi.yaml}. */
public final class Topics {

    /** Life of a visit in the queue: tickets, calls, completion. Key: visit id. Owner: queue-service. */
    public static final String QUEUE_VISITS = "sinergi.queue.visits.v1";

    /** Survey invitations and responses. Key: visit id. Owner: survey-service. */
    public static final String SURVEY_EVENTS = "sinergi.survey.events.v1";

    /** Every topic the platform creates, with the partition count used by the local stack. */
    public static final List<String> ALL = List.of(QUEUE_VISITS, SURVEY_EVENTS);

    /** Dead-letter topic for poison messages a service could not process from {@code topic}. */
    public static String deadLetterOf(String service, String topic) {
        return topic + ".dlq." + service;
    }

    private Topics() {
    }
}
