package id.go.mpp.sinergi.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.Problem;
import id.go.mpp.sinergi.core.problem.ProblemMappers;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * A token that fails verification is refused in the HTTP layer, before any resource runs (proactive
 * authentication): it is a 401 problem with the Bearer challenge here, not an empty answer.
 */
@ApplicationScoped
public class EdgeRefusals {

    private final ObjectMapper json;

    public EdgeRefusals(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        if (context.failure() instanceof AuthenticationFailedException) {
            Locale locale = RequestLanguage.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            String path = rawPath(context);
            context.response().putHeader("WWW-Authenticate", "Bearer");
            send(context, ProblemMappers.unauthorizedProblem(locale, path), locale);
        } else {
            context.next();
        }
    }

    /** The path as sent (still encoded), or null when even that is unusable. */
    private static String rawPath(RoutingContext context) {
        String uri = context.request().uri();
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private void send(RoutingContext context, Problem problem, Locale locale) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(body);
    }
}
