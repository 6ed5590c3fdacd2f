package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A request to one operation as the gates build it: a valid skeleton first, then mutated. Values are encoded. */
final class GateRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    String method;
    final String pathTemplate;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    /** The body as JSON, unless {@link #rawBody} replaced it; neither means no body. */
    JsonNode json;
    /**
     * The operation takes {@code application/x-www-form-urlencoded}: {@link #json} (an object) is sent form-encoded,
     * each field a {@code name=value} pair (an array repeats the name, an object or array item is sent as JSON text).
     */
    boolean form;
    byte[] rawBody;
    final List<String> notes = new ArrayList<>();

    GateRequest(String method, String pathTemplate) {
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    void header(String name, String value) {
        removeHeader(name);
        headers.add(new AbstractMap.SimpleEntry<>(name, value));
    }

    void removeHeader(String name) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    }

    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    void note(String note) {
        notes.add(note);
    }

    boolean hasBody() {
        return json != null || rawBody != null;
    }

    String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.stream().map(q -> q.getKey() + "=" + q.getValue()).collect(Collectors.joining("&"));
    }

    byte[] body() {
        if (rawBody != null) {
            return rawBody;
        }
        if (json == null) {
            return null;
        }
        if (form && json.isObject()) {
            return formEncoded(json);
        }
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] formEncoded(JsonNode object) {
        List<String> pairs = new ArrayList<>();
        object.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> pairs.add(encode(field.getKey()) + "=" + encode(formValue(item))));
            } else {
                pairs.add(encode(field.getKey()) + "=" + encode(formValue(field.getValue())));
            }
        });
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    private static String formValue(JsonNode value) {
        return value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    RawHttp.Request toRaw() {
        return new RawHttp.Request(method, target(), List.copyOf(headers), body());
    }

    /** The request in one line for a report: method, target, headers, notes and the start of the body. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(shorten(target(), 160));
        if (!notes.isEmpty()) {
            text.append(" [").append(String.join("; ", notes)).append(']');
        }
        for (Map.Entry<String, String> h : headers) {
            String value = h.getKey().equalsIgnoreCase("Authorization") && h.getValue().length() > 40
                    ? h.getValue().substring(0, 20) + "…(" + h.getValue().length() + " chars)" : shorten(h.getValue(), 80);
            text.append(" | ").append(h.getKey()).append(": ").append(value);
        }
        byte[] body = body();
        if (body != null) {
            text.append(" | body ").append(body.length).append(" bytes: ")
                    .append(shorten(new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8), 160));
        }
        return text.toString();
    }

    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…(" + text.length() + " chars)" : text;
    }
}
