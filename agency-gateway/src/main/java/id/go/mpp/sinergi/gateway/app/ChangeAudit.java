package id.go.mpp.sinergi.gateway.app;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.store.AuditLog;
import id.go.mpp.sinergi.gateway.store.AuditOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Writes who made a change through the public API, on what, and how it ended, to the audit log. */
@ApplicationScoped
public class ChangeAudit {

    /** What the caller is told when no answer came: a gateway timeout. */
    public static final int UNKNOWN_STATUS = 504;

    private final AuditLog log;
    private final Clock clock;

    public ChangeAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The service answered the change with {@code status}. */
    public Uni<Void> answered(Caller caller, String action, String target, int status) {
        return record(caller, action, target, status, AuditOutcome.ANSWERED);
    }

    /** The change may have reached the service, but no answer came: it may or may not have been made. */
    public Uni<Void> unknown(Caller caller, String action, String target) {
        return record(caller, action, target, UNKNOWN_STATUS, AuditOutcome.UNKNOWN);
    }

    private Uni<Void> record(Caller caller, String action, String target, int status, AuditOutcome outcome) {
        return log.record(Timestamps.now(clock), caller.id(), kindOf(caller), caller.agency().orElse(null), action,
                target, status, outcome);
    }

    private static String kindOf(Caller caller) {
        for (String role : new String[] {Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.CITIZEN}) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return caller.agency().isPresent() ? "agency-system" : "unknown";
    }
}
