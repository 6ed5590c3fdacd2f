package id.go.mpp.sinergi.gateway.domain.messagelog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the message log as stored (texts already masked, the payload as its SHA-256 only), and its
 * canonical bytes: the exact input of its link in the chain ({@link MessageChain}).
 *
 * <p>The canonical form is length-prefixed, so no two different entries share one: a format byte, the time in
 * epoch microseconds (8 bytes), then each text field in a fixed order as its UTF-8 length (4 bytes, -1 for null)
 * and bytes, then the number of details and each detail, sorted by key, as key and value the same way.
 */
public record MessageLogEntry(Instant recordedAt, Direction direction, String mppCode, String agencyCode,
                              String actor, String purpose, String operation, String subjectId, String outcome,
                              String payloadSha256, Map<String, String> details) {

    /** The version of the canonical form; a new form gets a new number, old entries keep theirs. */
    static final int FORMAT = 1;

    public MessageLogEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(operation, "operation");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public byte[] canonical() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(epochMicros(recordedAt));
            for (String field : new String[] {direction.name(), mppCode, agencyCode, actor, purpose, operation,
                    subjectId, outcome, payloadSha256}) {
                text(out, field);
            }
            out.writeInt(details.size());
            for (Map.Entry<String, String> detail : details.entrySet()) {
                text(out, detail.getKey());
                text(out, detail.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
