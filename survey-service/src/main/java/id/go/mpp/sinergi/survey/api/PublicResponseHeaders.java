package id.go.mpp.sinergi.survey.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers to the public reads (no login: JSON, CSV, SVG, the HTML report) tell browsers not to guess their type, so
 * no answer is ever sniffed into another format than the one it declares.
 */
public class PublicResponseHeaders {

    static final String NO_SNIFF = "X-Content-Type-Options";
    static final String ROOT = "/public/";

    @ServerResponseFilter
    public void noSniff(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(ROOT)) {
            response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        }
    }
}
