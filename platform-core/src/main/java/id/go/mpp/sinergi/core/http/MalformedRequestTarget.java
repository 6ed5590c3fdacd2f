package id.go.mpp.sinergi.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.Problem;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.core.problem.RequestLanguage;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * A request target that is not a URI (a {@code %} not followed by two hex digits, as in {@code /tickets/%zz} or
 * {@code ?date=%}; a raw {@code "}, {@code <}, {@code |}…) is refused with a 400 problem in the caller's language.
 * <p>
 * Quarkus checks the same ({@code new URI(request.uri())}) in the HTTP server's outermost request handler
 * ({@code VertxHttpRecorder.ACTUAL_ROOT}, before the router), and answers an empty 400 that no route, failure
 * handler or router error handler ever sees. Its only switch is the system property
 * {@value #QUARKUS_CHECK_OFF}, read once when that class is initialised: {@link HandOver} sets it while the
 * configuration is built, before any recorder runs, and the route below, first of all routes, makes the check
 * instead and answers the problem. Without it, routes matched by path would fail on such a path too: Vert.x Web's
 * path normalisation throws on the broken escape, and the router answers a plain-text 400 itself.
 */
@ApplicationScoped
public class MalformedRequestTarget {

    static final String CODE = "malformed-uri";
    /** The system property that turns off Quarkus's own (empty-bodied) check. */
    static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    private final ObjectMapper json;

    public MalformedRequestTarget(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseMalformed);
    }

    private void refuseMalformed(RoutingContext context) {
        // An Accept-Language the JDK cannot parse (e.g. "-") asks for no language; dropped here, it cannot throw
        // later in a reader that catches less than RequestLanguage does (Hibernate Validator's locale resolver).
        if (!RequestLanguage.readable(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            context.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        if (isUri(context.request().uri())) {
            context.next();
            return;
        }
        Locale locale = RequestLanguage.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem("urn:sinergi:problem:" + CODE, ProblemTitles.MALFORMED.in(locale), 400,
                LocalizedText.of("Alamat permintaan tidak dapat dibaca: setiap % harus diikuti dua digit heksadesimal, "
                                + "dan karakter seperti \" < > { } | \\ ^ ` harus dikodekan (%XX).",
                        "The request address cannot be read: every % must be followed by two hexadecimal digits, "
                                + "and characters such as \" < > { } | \\ ^ ` must be percent-encoded (%XX).").in(locale),
                rawPath(context.request().uri()), CODE, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(body);
    }

    /** The check Quarkus makes before the router when {@value #QUARKUS_CHECK_OFF} is not set. */
    static boolean isUri(String target) {
        if (target == null) {
            return false;
        }
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The path as sent, still encoded (it cannot be decoded). */
    private static String rawPath(String target) {
        if (target == null) {
            return null;
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /**
     * Hands the check over to the route above: sets {@value #QUARKUS_CHECK_OFF} while the configuration is built,
     * which is before Quarkus's HTTP recorder is initialised (in the packaged service and in {@code @QuarkusTest}).
     * Registered in {@code META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer}; a value given on
     * the command line is kept.
     */
    public static final class HandOver implements SmallRyeConfigBuilderCustomizer {

        @Override
        public void configBuilder(SmallRyeConfigBuilder builder) {
            System.getProperties().putIfAbsent(QUARKUS_CHECK_OFF, "true");
        }
    }
}
