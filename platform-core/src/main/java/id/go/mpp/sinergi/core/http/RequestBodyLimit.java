package id.go.mpp.sinergi.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.Problem;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Locale;

/**
 * A request body larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem in the caller's
 * language. Quarkus refuses such requests itself, but with an empty body: this route runs just before its check
 * (declared {@code Content-Length}), and its failure handler answers the 413 of a chunked body that grew too large.
 */
@ApplicationScoped
public class RequestBodyLimit {

    static final String CODE = "payload-too-large";

    private final Long limit;
    private final ObjectMapper json;

    public RequestBodyLimit(VertxHttpConfig http, ObjectMapper json) {
        this.limit = http.limits().maxBodySize().map(size -> size.asLongValue()).orElse(null);
        this.json = json;
    }

    void install(@Observes Router router) {
        if (limit == null) {
            return;
        }
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::refuseDeclaredTooLarge)
                .failureHandler(this::answerTooLarge);
        // A chunked body declares no length: read it here, up to the limit, so that going past it fails this route
        // (413 problem above) instead of the endpoint's body reader (an empty 413 and an error logged as a bug).
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunked.handle(context);
            } else {
                context.next();
            }
        });
    }

    private void refuseDeclaredTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limit) {
            refuse(context);
            return;
        }
        context.next();
    }

    private void answerTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context);
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length before any route runs
        }
    }

    private void refuse(RoutingContext context) {
        Locale locale = RequestLanguage.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String kb = (limit / 1024) + " KB";
        Problem problem = new Problem("urn:sinergi:problem:" + CODE,
                LocalizedText.of("Isi permintaan terlalu besar", "Request body too large").in(locale), 413,
                LocalizedText.of("Isi permintaan melebihi batas %s; kirim hanya data yang diminta API.",
                        "The request body exceeds the limit of %s; send only the data the API asks for.")
                        .formatted(kb).in(locale),
                context.request().path(), CODE, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The unread body is still on its way: close the connection rather than read it (as Quarkus does).
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> context.request().connection().close())
                .end(body);
    }
}
