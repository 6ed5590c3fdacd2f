package id.go.mpp.sinergi.gateway.store;

/** How a change forwarded through the gateway ended, as far as the gateway knows. */
public enum AuditOutcome {
    /** The service answered; the record's status is its answer. */
    ANSWERED,
    /** The request may have reached the service, but no answer came (timeout, connection lost): it may have changed. */
    UNKNOWN
}
