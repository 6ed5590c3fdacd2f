package id.go.mpp.sinergi.adapter.spi;

import id.go.mpp.sinergi.events.SinergiEvent;

import java.util.List;

/**
 * What the gateway answers an agency's callback and what it publishes for it.
 *
 * @param accepted    whether the callback was genuine and understood
 * @param status      the HTTP status to answer
 * @param contentType of {@code body}
 * @param body        the answer in the agency system's own format
 * @param subjectId   what the callback is about (for the message log), null when refused
 * @param operation   what it was, for the message log ({@code status-callback} …)
 * @param mppCode     the MPP it concerns, for the message log (its admin searches it); null when it concerns none
 *                    (e.g. a licence, which belongs to the business)
 * @param events      events to publish through the outbox
 */
public record InboundReply(boolean accepted, int status, String contentType, String body, String subjectId,
                           String operation, String mppCode, List<SinergiEvent> events) {

    public InboundReply {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static InboundReply accepted(String contentType, String body, String subjectId, String operation,
                                        String mppCode, List<SinergiEvent> events) {
        return new InboundReply(true, 200, contentType, body, subjectId, operation, mppCode, events);
    }

    public static InboundReply refused(int status, String reason) {
        return new InboundReply(false, status, "text/plain", reason, null, "refused", null, List.of());
    }
}
