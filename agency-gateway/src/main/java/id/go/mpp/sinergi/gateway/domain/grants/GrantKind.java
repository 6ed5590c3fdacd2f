package id.go.mpp.sinergi.gateway.domain.grants;

/** What a grant opens to an agency's system. */
public enum GrantKind {
    /** An operation of the gateway's API, named as its OpenAPI document spells it ({@link OperationName}). */
    OPERATION,
    /** A CloudEvents type of the platform's events it may receive. */
    EVENT_TYPE
}
