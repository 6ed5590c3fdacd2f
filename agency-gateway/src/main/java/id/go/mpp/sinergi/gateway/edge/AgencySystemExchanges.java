package id.go.mpp.sinergi.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.grants.GatewayOperationIndex;
import id.go.mpp.sinergi.gateway.app.messagelog.AgencySystemCalls;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

/**
 * Every answered call of an agency's system (role {@code agency-system}) to an operation of the public API goes into
 * the message log ({@link AgencySystemCalls}), refused ones included; a stream is logged when it opens.
 */
public class AgencySystemExchanges {

    private final GatewayOperationIndex operations;
    private final AgencySystemCalls calls;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper json;

    public AgencySystemExchanges(GatewayOperationIndex operations, AgencySystemCalls calls,
                                 CurrentIdentityAssociation identities, ObjectMapper json) {
        this.operations = operations;
        this.calls = calls;
        this.identities = identities;
        this.json = json;
    }

    @ServerResponseFilter
    public Uni<Void> log(ResourceInfo resource, ContainerRequestContext request, ContainerResponseContext response) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Uni.createFrom().voidItem();
        }
        var operation = operations.of(resource.getResourceClass(), resource.getResourceMethod());
        if (operation.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity.isAnonymous() || !identity.hasRole(Caller.AGENCY_SYSTEM)) {
                return Uni.createFrom().voidItem();
            }
            return calls.called(Caller.of(identity), operation.get().name().toString(),
                    request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(),
                    payload(response.getEntity()));
        });
    }

    /** The answer as sent, for its hash; none for a stream. */
    private String payload(Object entity) {
        if (entity == null || entity instanceof Flow.Publisher<?>) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
