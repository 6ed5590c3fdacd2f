package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageChain;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogEntry;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.gateway.store.messagelog.MessageLogRows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message log (X-Road's): every exchange with an agency system and every read of shared personal data, who,
 * which agency, what for, which operation, when, the payload's hash, with NIKs, phone numbers and e-mail addresses
 * masked. Entries are appended in the transaction of the exchange and sealed into the hash chain shortly after it
 * commits ({@link MessageLogSealer}); {@link MessageLogVerification} finds any entry changed or deleted since.
 */
@ApplicationScoped
public class MessageLog {

    private final MessageLogRows rows;
    private final MessageLogSealer sealer;
    private final Clock clock;

    public MessageLog(MessageLogRows rows, MessageLogSealer sealer, Clock clock) {
        this.rows = rows;
        this.sealer = sealer;
        this.clock = clock;
    }

    /**
     * Appends one entry in the caller's CURRENT Panache transaction (rolls back with it). Masks NIK/phone/e-mail in
     * every text field and details value; stores only the SHA-256 of payload (null payload allowed).
     *
     * @throws IllegalArgumentException (as the Uni's failure) without a direction or an operation
     * @throws IllegalStateException (as the Uni's failure) outside a transaction
     */
    public Uni<Void> append(MessageLogRecord record) {
        if (record == null || record.direction() == null || record.operation() == null
                || record.operation().isBlank()) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "A message log entry needs a direction and an operation"));
        }
        return Panache.currentTransaction().chain(tx -> {
            if (tx == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "MessageLog.append must run inside a transaction (@WithTransaction or Panache.withTransaction)"));
            }
            return rows.append(entryOf(record)).invoke(sealer::soon);
        });
    }

    /** The entry as stored: personal data masked in every text, the payload as its hash, the time of now. */
    MessageLogEntry entryOf(MessageLogRecord r) {
        Map<String, String> details = new LinkedHashMap<>();
        if (r.details() != null) {
            r.details().forEach((key, value) -> details.putIfAbsent(masked(key == null ? "" : key), masked(value)));
        }
        return new MessageLogEntry(Timestamps.now(clock), r.direction(), masked(r.mppCode()), masked(r.agencyCode()),
                masked(r.actor()), masked(r.purpose()), masked(r.operation()), masked(r.subjectId()),
                masked(r.outcome()), MessageChain.sha256Of(r.payload()), details);
    }

    /**
     * Personal data masked, and the text as PostgreSQL will give it back: NUL (which it cannot store) and unpaired
     * surrogates (which UTF-8 cannot carry) replaced.
     */
    static String masked(String text) {
        if (text == null) {
            return null;
        }
        String storable = new String(text.replace('\0', '\uFFFD').getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        return Masking.personalDataIn(storable);
    }
}
