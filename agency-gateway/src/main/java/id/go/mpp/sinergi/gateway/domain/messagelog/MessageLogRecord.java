package id.go.mpp.sinergi.gateway.domain.messagelog;

import java.util.Map;

/**
 * What the caller of the message log tells about one exchange, as it happened: who ({@code actor}: the client id or
 * account id that caused it), with which agency, for what purpose, which operation, about which subject, how it
 * ended, the payload exchanged and any details. The log masks personal data in every text and keeps only the
 * payload's SHA-256; {@code payload} and {@code details} may be null.
 */
public record MessageLogRecord(Direction direction, String mppCode, String agencyCode, String actor, String purpose,
                               String operation, String subjectId, String outcome, String payload,
                               Map<String, String> details) {
}
