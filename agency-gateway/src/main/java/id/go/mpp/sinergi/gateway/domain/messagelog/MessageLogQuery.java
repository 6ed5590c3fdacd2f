package id.go.mpp.sinergi.gateway.domain.messagelog;

import java.time.Instant;

/**
 * A search of the message log, newest first: optional filters (agency, subject, operation, direction, recorded
 * from inclusive, to exclusive), entries with a seq below {@code beforeSeq} (a page's cursor; {@link Long#MAX_VALUE}
 * for the first page) and at most {@code size} of them.
 */
public record MessageLogQuery(String agencyCode, String subjectId, String operation, Direction direction,
                              Instant from, Instant to, long beforeSeq, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public MessageLogQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1-" + MAX_SIZE + ": " + size);
        }
    }
}
