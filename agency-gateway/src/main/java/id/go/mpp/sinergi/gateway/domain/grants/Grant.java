package id.go.mpp.sinergi.gateway.domain.grants;

/** One access right: the system of {@code agencyCode} at MPP {@code mppCode} may use {@code name} of {@code kind}. */
public record Grant(String mppCode, String agencyCode, GrantKind kind, String name) {
}
