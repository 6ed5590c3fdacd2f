package id.go.mpp.sinergi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A record read off a topic, with its CloudEvents binary-mode attributes. */
public record ReceivedEvent(String topic, int partition, long offset, String key, Map<String, String> headers,
                            String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String source() {
        return headers.get("ce_source");
    }

    public String subject() {
        return headers.get("ce_subject");
    }

    public String specVersion() {
        return headers.get("ce_specversion");
    }

    public String time() {
        return headers.get("ce_time");
    }

    public String contentType() {
        return headers.get("content-type");
    }

    public JsonNode json() {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
