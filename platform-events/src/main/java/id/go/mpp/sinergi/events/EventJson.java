package id.go.mpp.sinergi.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of event data. Producers and consumers use it so that a record's JSON never depends
 * on a service's own ObjectMapper settings. Unknown fields are ignored: adding a field is a compatible
 * change within a major version.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public static String write(SinergiEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads event data of a known type.
     *
     * @throws InvalidEventException when the JSON does not match the record
     */
    public static <T extends SinergiEvent> T read(String json, Class<T> type) {
        try {
            T event = MAPPER.readValue(json, type);
            if (event == null) {
                throw new InvalidEventException("Empty event data for " + EventCatalog.typeOf(type));
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Invalid data for " + EventCatalog.typeOf(type) + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads event data of the class registered for a CloudEvents type. */
    public static SinergiEvent read(String json, String type) {
        Class<? extends SinergiEvent> eventClass = EventCatalog.classOf(type)
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + type));
        return read(json, eventClass);
    }

    /** Thrown when event data cannot be read: a poison message for the consumer. */
    public static final class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message) {
            super(message);
        }

        public InvalidEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EventJson() {
    }
}
