package id.go.mpp.sinergi.adapter.spi;

import id.go.mpp.sinergi.events.SinergiEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the agency answered one request.
 *
 * @param outcome    what the gateway does next (see {@link Outcome})
 * @param code       the agency's own answer code, if any ({@code 00}, {@code 13} …)
 * @param message    a short explanation for operators, without personal data
 * @param notBefore  for {@link Outcome#RETRY_LATER}: the earliest time to ask again (e.g. the partner's daily quota
 *                   is used up: tomorrow), null for the gateway's own backoff
 * @param attributes what the answer said, for the message log and the request's view; never personal data
 * @param events     events to publish through the outbox when the request is marked done
 */
public record AgencyReply(Outcome outcome, String code, String message, Instant notBefore,
                          Map<String, String> attributes, List<SinergiEvent> events) {

    /** What the gateway does with a request after a reply. */
    public enum Outcome {
        /** The agency did what was asked. */
        DONE,
        /** The agency cannot do it now but will later (quota, maintenance): ask again, not before {@code notBefore}. */
        RETRY_LATER,
        /** The agency answered, and a person must act: the citizen corrects or brings something. Done, not retried. */
        ASK_CITIZEN,
        /** The agency refused for good (not allowed, not found, not valid). Done, not retried. */
        REFUSED,
        /**
         * The request cannot succeed as the adapter is set up (credentials or the caller's address refused): straight
         * to the dead-letter list, where an admin retries it once the setup is fixed.
         */
        GIVE_UP
    }

    public AgencyReply {
        Objects.requireNonNull(outcome, "outcome");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static AgencyReply done(String code, Map<String, String> attributes, List<SinergiEvent> events) {
        return new AgencyReply(Outcome.DONE, code, null, null, attributes, events);
    }

    public static AgencyReply askCitizen(String code, String message, Map<String, String> attributes,
                                         List<SinergiEvent> events) {
        return new AgencyReply(Outcome.ASK_CITIZEN, code, message, null, attributes, events);
    }

    public static AgencyReply refused(String code, String message, Map<String, String> attributes,
                                      List<SinergiEvent> events) {
        return new AgencyReply(Outcome.REFUSED, code, message, null, attributes, events);
    }

    public static AgencyReply giveUp(String code, String message) {
        return new AgencyReply(Outcome.GIVE_UP, code, message, null, Map.of(), List.of());
    }

    public static AgencyReply retryLater(String code, String message, Instant notBefore) {
        return new AgencyReply(Outcome.RETRY_LATER, code, message, notBefore, Map.of(), List.of());
    }

    /** Whether the agency answered the request for good (done, ask the citizen, refused). */
    public boolean answered() {
        return outcome == Outcome.DONE || outcome == Outcome.ASK_CITIZEN || outcome == Outcome.REFUSED;
    }
}
