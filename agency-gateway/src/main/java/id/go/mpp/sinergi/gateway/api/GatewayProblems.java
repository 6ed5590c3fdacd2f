package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.Problem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** A service behind the gateway that cannot be reached is a 503 the caller may retry, not a 500. */
public class GatewayProblems {

    private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 200;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response processing(ProcessingException e, HttpHeaders headers, UriInfo uri) {
        return unreachable(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response refused(java.net.ConnectException e, HttpHeaders headers, UriInfo uri) {
        return unreachable(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response connectTimeout(io.netty.channel.ConnectTimeoutException e, HttpHeaders headers, UriInfo uri) {
        return unreachable(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response closed(io.vertx.core.http.HttpClosedException e, HttpHeaders headers, UriInfo uri) {
        return unreachable(e, headers, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response timeout(java.util.concurrent.TimeoutException e, HttpHeaders headers, UriInfo uri) {
        return unreachable(e, headers, uri);
    }

    private Response unreachable(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Downstream call for %s failed: %s", uri.getPath(), e.getMessage());
        Locale locale = LocalizedText.choose(headers.getAcceptableLanguages());
        Problem problem = new Problem("urn:sinergi:problem:service-unavailable",
                LocalizedText.of("Layanan sedang tidak tersedia", "Service temporarily unavailable").in(locale), 503,
                LocalizedText.of("Silakan coba lagi sebentar lagi; data Anda tidak berubah.",
                        "Please try again shortly; nothing was changed.").in(locale),
                uri.getRequestUri().getRawPath(), "service-unavailable", List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5").entity(problem).build();
    }
}
