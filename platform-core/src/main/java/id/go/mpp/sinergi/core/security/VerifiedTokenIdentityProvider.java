package id.go.mpp.sinergi.core.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before quarkus-oidc's provider (higher priority): answers a bearer token found in {@link VerifiedTokens};
 * for any other token it answers nothing, and quarkus-oidc verifies it as usual.
 */
@ApplicationScoped
@Unremovable
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above quarkus-oidc's provider (the default, 1001): asked first. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity known = tokens.answer(request.getToken().getToken());
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext == null) {
            return Uni.createFrom().item(known);
        }
        // The identity of this request, not of the one that first brought the token.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), routingContext).build());
    }
}
