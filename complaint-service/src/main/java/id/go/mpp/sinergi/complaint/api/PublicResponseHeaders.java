package id.go.mpp.sinergi.complaint.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers to the public endpoints (no login, texts written by anyone) tell browsers not to guess their type: a
 * JSON answer is never sniffed into HTML and run, whatever markup the texts in it hold.
 */
public class PublicResponseHeaders {

    static final String NO_SNIFF = "X-Content-Type-Options";

    @ServerResponseFilter
    public void noSniff(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.equals(PublicComplaintsResource.ROOT) || path.startsWith(PublicComplaintsResource.ROOT + "/")) {
            response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        }
    }
}
