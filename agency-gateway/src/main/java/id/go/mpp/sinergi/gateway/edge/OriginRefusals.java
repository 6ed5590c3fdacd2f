package id.go.mpp.sinergi.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.cors.CORSConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser request from an origin that is not one of the web apps ({@code quarkus.http.cors.origins}) is refused
 * with a 403 problem in the caller's language. Quarkus' CORS filter refuses it too, but with an empty body that no
 * client can read; this route runs just before it, with the same list, so the filter only ever sees origins it
 * allows. Requests without {@code Origin} (apps, agency systems, curl) are not concerned.
 */
@ApplicationScoped
public class OriginRefusals {

    /** Just before Quarkus' CORS filter (order -300). */
    static final int BEFORE_CORS = -301;
    static final String CODE = "origin-not-allowed";

    private final boolean enabled;
    private final boolean anyOrigin;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final ObjectMapper json;

    public OriginRefusals(VertxHttpConfig http, ObjectMapper json) {
        CORSConfig cors = http.cors();
        List<String> configured = cors.origins().orElse(List.of());
        this.enabled = cors.enabled();
        this.anyOrigin = configured.contains("*") || configured.contains("/.*/");
        this.origins = configured.stream().filter(o -> !isRegex(o)).toList();
        this.originPatterns = configured.stream().filter(OriginRefusals::isRegex)
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.json = json;
    }

    void install(@Observes Router router) {
        if (enabled && !anyOrigin) {
            router.route().order(BEFORE_CORS).handler(this::refuseUnknownOrigin);
        }
    }

    private void refuseUnknownOrigin(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || allowed(origin) || sameOrigin(context, origin)) {
            context.next();
            return;
        }
        EdgeAnswers.problem(context, json, 403, CODE, ProblemTitles.FORBIDDEN, LocalizedText.of(
                "Aplikasi web asal permintaan ini tidak diizinkan memanggil API Sinergi.",
                "The web application this request comes from may not call the Sinergi API."));
    }

    private boolean allowed(String origin) {
        if (origins.contains(origin)) {
            return true;
        }
        for (Pattern pattern : originPatterns) {
            if (pattern.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A page of the gateway's own origin (stricter than Quarkus' check, which then agrees). */
    private static boolean sameOrigin(RoutingContext context, String origin) {
        String host = context.request().getHeader(HttpHeaders.HOST);
        return host != null && origin.equals(context.request().scheme() + "://" + host);
    }

    private static boolean isRegex(String origin) {
        return origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/");
    }
}
