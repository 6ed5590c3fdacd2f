package id.go.mpp.sinergi.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.core.problem.Problem;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.ChangeAudit;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecurityIdentity identity;
    private final ChangeAudit audit;

    public Forwarding(SecurityIdentity identity, ChangeAudit audit) {
        this.identity = identity;
        this.audit = audit;
    }

    public Uni<Response> relay(Uni<Response> downstream) {
        return downstream.map(Forwarding::copy);
    }

    /**
     * Relays a change and writes who made it, and how it ended, to the audit log. A change whose answer never came
     * is audited as unknown, and the failure goes on to {@link GatewayProblems} (504, outcome unknown). The target
     * holds path ids as the caller sent them, decoded: control characters are recorded escaped, as the log has them
     * ({@link GatewayProblems#singleLine}), since PostgreSQL's text refuses NUL (the write failed: a 500) and a line
     * break in a record is a forged line to whoever reads it.
     */
    public Uni<Response> relayAudited(String action, String target, Uni<Response> downstream) {
        Caller caller = Caller.of(identity);
        String recorded = GatewayProblems.singleLine(target);
        return downstream.map(Forwarding::copy)
                .call(response -> audit.answered(caller, action, recorded, response.getStatus()))
                .onFailure(DownstreamFailures::mayHaveReachedService)
                .call(failure -> audit.unknown(caller, action, recorded));
    }

    private static boolean isProblem(Response response) {
        return response.getMediaType() != null && Problem.MEDIA_TYPE.equals(
                response.getMediaType().getType() + "/" + response.getMediaType().getSubtype());
    }

    /** A service's problem names its own path as {@code instance}; the caller knows the public one. */
    private static String withPublicInstance(String problem) {
        try {
            JsonNode node = JSON.readTree(problem);
            if (node instanceof ObjectNode object && object.path("instance").isTextual()
                    && object.path("instance").asText().startsWith("/")) {
                object.put("instance", PREFIX + object.path("instance").asText());
                return JSON.writeValueAsString(object);
            }
            return problem;
        } catch (JsonProcessingException e) {
            return problem;
        }
    }

    private static Response copy(Response downstream) {
        try {
            // nosniff on everything relayed: texts citizens wrote must never be sniffed into markup by a browser.
            Response.ResponseBuilder builder = Response.status(downstream.getStatus())
                    .header("X-Content-Type-Options", "nosniff");
            if (downstream.hasEntity()) {
                String body = downstream.readEntity(String.class);
                builder.entity(isProblem(downstream) ? withPublicInstance(body) : body);
            }
            if (downstream.getMediaType() != null) {
                builder.type(downstream.getMediaType());
            }
            URI location = downstream.getLocation();
            if (location != null) {
                builder.location(URI.create(PREFIX + location.getRawPath()));
            }
            String disposition = downstream.getHeaderString("Content-Disposition");
            if (disposition != null) {
                builder.header("Content-Disposition", disposition);
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
