package id.go.mpp.sinergi.gateway.domain.grants;

/** Who an operation of the gateway lets in, as far as agency systems' grants are concerned. */
public enum OperationAccess {
    /** Anyone, without a token: a grant would protect nothing. */
    PUBLIC,
    /** Roles that include agency systems: each agency's system needs a grant of it. */
    AGENCY_SYSTEMS,
    /** Only other roles: agency systems are refused by their role already, and it cannot be granted. */
    OTHER_ROLES
}
