package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.store.AuditRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Hands a service's answer to the caller as it is (status, problem+json bodies included), with links
 * rewritten to the public API, and records changes in the audit log.
 */
@ApplicationScoped
public class Forwarding {

    static final String PREFIX = "/api/v1";

    private final SecurityIdentity identity;

    public Forwarding(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Uni<Response> relay(Uni<Response> downstream) {
        return downstream.map(Forwarding::copy);
    }

    /** Relays a change and writes who made it, and how it ended, to the audit log. */
    public Uni<Response> relayAudited(String action, String target, Uni<Response> downstream) {
        Caller caller = Caller.of(identity);
        return downstream.map(Forwarding::copy).call(response -> Panache.withTransaction(() -> {
            AuditRecord record = new AuditRecord();
            record.at = Timestamps.now();
            record.callerId = caller.id();
            record.callerKind = kindOf(caller);
            record.agencyCode = caller.agency().orElse(null);
            record.action = action;
            record.target = target;
            record.status = response.getStatus();
            return record.persist();
        }));
    }

    private static String kindOf(Caller caller) {
        for (String role : new String[] {Caller.MPP_ADMIN, Caller.AGENCY_ADMIN, Caller.OFFICER, Caller.CITIZEN}) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return caller.agency().isPresent() ? "agency-system" : "unknown";
    }

    private static Response copy(Response downstream) {
        try {
            Response.ResponseBuilder builder = Response.status(downstream.getStatus());
            if (downstream.hasEntity()) {
                builder.entity(downstream.readEntity(String.class));
            }
            if (downstream.getMediaType() != null) {
                builder.type(downstream.getMediaType());
            }
            URI location = downstream.getLocation();
            if (location != null) {
                builder.location(URI.create(PREFIX + location.getRawPath()));
            }
            String language = downstream.getHeaderString(HttpHeaders.CONTENT_LANGUAGE);
            if (language != null) {
                builder.header(HttpHeaders.CONTENT_LANGUAGE, language);
            }
            return builder.build();
        } finally {
            downstream.close();
        }
    }
}
