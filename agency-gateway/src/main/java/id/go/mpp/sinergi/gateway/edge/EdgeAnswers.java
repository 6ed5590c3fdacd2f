package id.go.mpp.sinergi.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.Problem;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Locale;

/** Refusals made in the HTTP layer, before any resource runs: problem+json in the caller's language. */
final class EdgeAnswers {

    private EdgeAnswers() {
    }

    /** Ends {@code context} with a problem; headers already put on the response stay. */
    static void problem(RoutingContext context, ObjectMapper json, int status, String code, LocalizedText title,
                        LocalizedText detail) {
        Locale locale = RequestLanguage.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem("urn:sinergi:problem:" + code, title.in(locale), status, detail.in(locale),
                rawPath(context.request().uri()), code, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(body);
    }

    /** The path as sent, still encoded. */
    private static String rawPath(String uri) {
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
