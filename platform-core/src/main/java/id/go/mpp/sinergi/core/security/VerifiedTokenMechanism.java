package id.go.mpp.sinergi.core.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Tried before quarkus-oidc's mechanism (higher priority): a request whose bearer token is in {@link VerifiedTokens}
 * gets the identity remembered for it; any other request (no token, another scheme, a token not verified here yet)
 * gets nothing from this mechanism, and quarkus-oidc authenticates it, or challenges it, as usual.
 *
 * <p>Why a mechanism and not only an identity provider: quarkus-oidc's mechanism decodes the token's payload and
 * parses its JSON for every request before any provider is asked (to tell a JWT from an opaque token). With the
 * remembered identity answered by a provider, that parsing still was 7–8 % of agency-gateway's CPU in the quota
 * rush (JFR, {@code AccessTokenCredential.<init>}), and the mechanism as a whole 12 %.
 */
@ApplicationScoped
public class VerifiedTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final VerifiedTokens tokens;

    public VerifiedTokenMechanism(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = tokens.answer(authorization.substring(BEARER.length()).trim());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        // The identity of this request, not of the one that first brought the token.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                .addAttribute(VerifiedTokens.REQUEST_ATTRIBUTE, context).build());
    }

    /** Never challenges: a request without a usable token is quarkus-oidc's to challenge. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /**
     * None: the mechanism asks no identity provider, it answers from {@link VerifiedTokens}. (Declaring the token
     * request type would make Quarkus refuse the mechanism where no provider handles it, e.g. with OIDC off.)
     */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Above quarkus-oidc's mechanism (1001 by default): tried first. */
    @Override
    public int getPriority() {
        return 3000;
    }
}
