package id.go.mpp.sinergi.gateway.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * The gateway's {@code jsonb} columns (request payloads, per-element outcomes, licences) as text and back, and a text
 * field of a JSON body the gateway relays.
 */
@ApplicationScoped
public class JsonColumns {

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> INTEGERS = new TypeReference<>() { };

    private final ObjectMapper json;

    public JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> strings(String text) {
        return read(text, STRINGS);
    }

    public Map<String, Integer> integers(String text) {
        return read(text, INTEGERS);
    }

    /** The top-level text field {@code name} of a JSON object; empty when absent, not text, or no JSON at all. */
    public java.util.Optional<String> textField(String text, String name) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode field = json.readTree(text).path(name);
            return field.isTextual() ? java.util.Optional.of(field.asText()) : java.util.Optional.empty();
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column", e);
        }
    }
}
