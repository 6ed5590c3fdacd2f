package id.go.mpp.sinergi.core.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Runs first after quarkus-oidc has authenticated a request and puts the identity of the bearer token it has just
 * verified into {@link VerifiedTokens}. A request answered from there ({@link VerifiedTokenMechanism}) does not
 * come here.
 */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenAugmentor(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        if (tokens.enabled() && !identity.isAnonymous()) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && "bearer".equalsIgnoreCase(credential.getType())
                    && tokens.find(credential.getToken()) == null) {
                tokens.remember(credential.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}
