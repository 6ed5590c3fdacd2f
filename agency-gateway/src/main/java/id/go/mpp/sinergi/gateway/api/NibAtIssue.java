package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.visits.VisitRecords;
import id.go.mpp.sinergi.gateway.domain.identity.IdentityAccess.Who;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * A ticket or booking for a DPMPTSP service names the business's NIB (queue-service requires it where the service
 * does, and keeps it nowhere): once queue-service made it, the gateway starts the visit's NIB check at OSS.
 */
@ApplicationScoped
public class NibAtIssue {

    private final VisitRecords records;
    private final SecurityIdentity identity;

    public NibAtIssue(VisitRecords records, SecurityIdentity identity) {
        this.records = records;
        this.identity = identity;
    }

    /** After the relayed answer {@code made} to request {@code body}: nothing unless it is a 201 naming a NIB. */
    Uni<Void> after(String body, Response made) {
        if (made.getStatus() != 201 || body == null || !body.contains("\"nib\"")
                || !(made.getEntity() instanceof String answer)) {
            return Uni.createFrom().voidItem();
        }
        Who who = Callers.who(Caller.of(identity));
        return records.checkNibNamedAtIssue(who.accountId(), Callers.requestedBy(who), body, answer);
    }
}
