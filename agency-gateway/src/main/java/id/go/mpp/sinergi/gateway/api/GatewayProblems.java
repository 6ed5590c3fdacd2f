package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import id.go.mpp.sinergi.core.problem.Problem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/**
 * A service behind the gateway that cannot be reached is a 503 the caller may retry, not a 500. A change whose
 * answer never came (timeout, connection lost after sending) is a 504 that says the outcome is unknown: the service
 * may have made it, so "nothing changed" would be a lie and a blind retry could make it twice.
 */
public class GatewayProblems {

    private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 200;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response processing(ProcessingException e, HttpHeaders headers, UriInfo uri, Request request) {
        return downstreamFailed(e, headers, uri, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response refused(java.net.ConnectException e, HttpHeaders headers, UriInfo uri, Request request) {
        return downstreamFailed(e, headers, uri, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response connectTimeout(io.netty.channel.ConnectTimeoutException e, HttpHeaders headers, UriInfo uri,
                                   Request request) {
        return downstreamFailed(e, headers, uri, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response closed(io.vertx.core.http.HttpClosedException e, HttpHeaders headers, UriInfo uri, Request request) {
        return downstreamFailed(e, headers, uri, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response timeout(java.util.concurrent.TimeoutException e, HttpHeaders headers, UriInfo uri,
                            Request request) {
        return downstreamFailed(e, headers, uri, request);
    }

    private Response downstreamFailed(Exception e, HttpHeaders headers, UriInfo uri, Request request) {
        // The raw path: decoded, a %0A in it would start a forged log line.
        String path = uri.getRequestUri().getRawPath();
        LOG.warnf("Downstream call for %s %s failed: %s", request.getMethod(), path, singleLine(e.getMessage()));
        Locale locale = RequestLanguage.of(headers);
        if (DownstreamFailures.outcomeUnknown(request.getMethod(), e)) {
            Problem problem = new Problem("urn:sinergi:problem:outcome-unknown",
                    LocalizedText.of("Hasil perubahan tidak diketahui", "Outcome of the change unknown").in(locale),
                    504,
                    LocalizedText.of("Layanan tidak menjawab tepat waktu; perubahan Anda mungkin sudah tersimpan, "
                                    + "mungkin juga belum. Baca datanya lagi (misalnya tiket atau pemesanan Anda) "
                                    + "sebelum mengirim ulang.",
                            "The service did not answer in time; your change may or may not have been made. Read "
                                    + "the resource again (e.g. your tickets or bookings) before sending it again.")
                            .in(locale),
                    path, "outcome-unknown", List.of());
            return Response.status(504).type(Problem.MEDIA_TYPE).language(locale).entity(problem).build();
        }
        Problem problem = new Problem("urn:sinergi:problem:service-unavailable",
                LocalizedText.of("Layanan sedang tidak tersedia", "Service temporarily unavailable").in(locale), 503,
                LocalizedText.of("Silakan coba lagi sebentar lagi; data Anda tidak berubah.",
                        "Please try again shortly; nothing was changed.").in(locale),
                path, "service-unavailable", List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).language(locale).header("Retry-After", "5")
                .entity(problem).build();
    }

    /** Control characters (line breaks above all) escaped, so that one message stays one log line. */
    static String singleLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
