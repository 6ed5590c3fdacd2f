package id.go.mpp.sinergi.complaint.api;

import id.go.mpp.sinergi.complaint.app.ComplaintActors;
import id.go.mpp.sinergi.complaint.app.ComplaintProblems;
import id.go.mpp.sinergi.complaint.app.SecretLookupLimits;
import id.go.mpp.sinergi.complaint.app.reading.ComplaintQueries;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;
import id.go.mpp.sinergi.core.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller of a request as the complaint rules see them: a token's account and roles, or a reporter without an
 * account who proves the tracking id's secret (limited per client; a wrong secret is the same 404 as no complaint).
 */
@ApplicationScoped
public class CallerActors {

    /** The header a reporter without an account proves the tracking id's secret with. */
    public static final String SECRET_HEADER = "X-Complaint-Secret";

    private final SecurityIdentity identity;
    private final SecretLookupLimits limits;
    private final ComplaintQueries queries;

    public CallerActors(SecurityIdentity identity, SecretLookupLimits limits, ComplaintQueries queries) {
        this.identity = identity;
        this.limits = limits;
        this.queries = queries;
    }

    public Actor fromToken() {
        return ComplaintActors.of(Caller.of(identity));
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The token's actor, or the secret holder of {@code trackingId} when a secret is given. */
    public Uni<Actor> of(String trackingId, String secret, HttpServerRequest http) {
        if (secret != null) {
            limits.acquire(ClientAddress.of(http));
            return queries.viewWithSecret(trackingId, secret).map(v -> Actor.secretHolder(trackingId));
        }
        if (identity.isAnonymous()) {
            return Uni.createFrom().failure(ComplaintProblems.notFound(trackingId));
        }
        return Uni.createFrom().item(fromToken());
    }

    /** Counts a look-up with a secret against the client's allowance (429 when used up). */
    public void countLookup(HttpServerRequest http) {
        limits.acquire(ClientAddress.of(http));
    }
}
