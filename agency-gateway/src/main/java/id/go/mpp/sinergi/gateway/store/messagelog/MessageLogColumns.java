package id.go.mpp.sinergi.gateway.store.messagelog;

import id.go.mpp.sinergi.data.db.NativeColumns;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogEntry;
import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The columns of a {@code message_log} row as every statement here selects them ({@link #SELECT}), and the row read
 * back as a {@link StoredEntry}. The sealer and the verifier read an entry the same way, so the bytes they hash are
 * the same; details come as jsonb text and are read back into a sorted map (jsonb keeps no key order).
 */
final class MessageLogColumns {

    static final String SELECT = """
            select seq, recorded_at, direction, mpp_code, agency_code, actor, purpose, operation, subject_id, outcome,
                   payload_sha256, cast(details as text), chain_pos, prev_hash, entry_hash
            from message_log""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageLogColumns() {
    }

    static StoredEntry entry(Object[] row) {
        MessageLogEntry entry = new MessageLogEntry(NativeColumns.instant(row[1]), Direction.valueOf((String) row[2]),
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], details((String) row[11]));
        return new StoredEntry(number(row[0]), entry, row[12] == null ? null : number(row[12]), (String) row[13],
                (String) row[14]);
    }

    static String json(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Details that are not JSON text", e);
        }
    }

    /** Text values as they are; anything else (a row changed by hand) as its JSON text, which then fails to verify. */
    private static Map<String, String> details(String json) {
        Map<String, String> details = new TreeMap<>();
        if (json == null) {
            return details;
        }
        try {
            JsonNode node = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                details.put(field.getKey(), value.isNull() ? null : value.isTextual() ? value.asText() : value.toString());
            }
        } catch (JsonProcessingException e) {
            details.put("", json);
        }
        return details;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
