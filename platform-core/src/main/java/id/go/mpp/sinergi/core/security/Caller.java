package id.go.mpp.sinergi.core.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, read from the Keycloak token: account id ({@code sub}), roles, and for staff and agency
 * systems the {@code agency} and {@code mpp} claims.
 */
public record Caller(String id, Optional<String> agency, Optional<String> mpp, SecurityIdentity identity) {

    public static final String CITIZEN = "citizen";
    public static final String OFFICER = "officer";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String MPP_ADMIN = "mpp-admin";
    /** An agency's back-office system (service accounts {@code agency-*}, with {@code agency} and {@code mpp} claims). */
    public static final String AGENCY_SYSTEM = "agency-system";

    public static Caller of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return new Caller(jwt.getSubject(), claim(jwt, "agency"), claim(jwt, "mpp"), identity);
        }
        return new Caller(identity.getPrincipal().getName(), Optional.empty(), Optional.empty(), identity);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private static Optional<String> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
