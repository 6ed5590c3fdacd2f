package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * An agency's system calling Sinergi's public API is an exchange too (X-Road logs every message through its security
 * server): each call is an IN entry of the message log — the system, its agency and MPP, the operation as granted,
 * the path, the status it was answered, the SHA-256 of the answer. Written in a transaction of its own once the
 * answer is known; a log that cannot be written is logged as an error and does not change the answer already made.
 */
@ApplicationScoped
public class AgencySystemCalls {

    private static final Logger LOG = Logger.getLogger(AgencySystemCalls.class);

    private final MessageLog log;

    public AgencySystemCalls(MessageLog log) {
        this.log = log;
    }

    public Uni<Void> called(Caller caller, String operation, String path, int status, String answer) {
        String agency = caller.agency().orElse(null);
        MessageLogRecord record = new MessageLogRecord(Direction.IN, caller.mpp().orElse(null), agency,
                "agency system " + (agency == null ? caller.id() : agency),
                "call of the public API by the agency's system", operation, path, Integer.toString(status), answer,
                Map.of("client", caller.id()));
        return Panache.withTransaction(() -> log.append(record))
                .onFailure().invoke(e -> LOG.errorf(e, "message log entry of %s %s by %s not written", operation, path,
                        agency))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
