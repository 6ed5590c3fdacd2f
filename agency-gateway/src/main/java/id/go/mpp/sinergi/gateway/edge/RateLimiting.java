package id.go.mpp.sinergi.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * The rate limit of the public port (every path it serves, {@code /api/*} and the 404s around it alike): two Vert.x
 * routes around Quarkus' authentication, not a JAX-RS filter.
 * <ul>
 *   <li>Per address, before authentication: a flood is refused before any token is verified, and a request whose
 *   token fails verification (401) has still cost its address a token.</li>
 *   <li>Per client, after authentication: keyed by the identity quarkus-oidc has just verified (or
 *   {@code VerifiedTokens} remembered) — the token is never decoded again here, and a token that does not verify
 *   never reaches this bucket. Anonymous requests have no client bucket; the address bucket is theirs.</li>
 * </ul>
 * A JAX-RS {@code @ServerRequestFilter} would run only after routing, authentication and the resource match: it
 * would not see 401s or 404s, and could refuse a flood only after its tokens were verified.
 *
 * <p>Over the limit: 429 problem+json in the caller's language with {@code Retry-After} (seconds, rounded up).
 * Every other answer carries {@code RateLimit-Limit} (the bucket's size) and {@code RateLimit-Remaining} of the
 * tighter bucket. CORS preflights are answered before either route (Quarkus' CORS filter comes first) and cost
 * nothing.
 */
@ApplicationScoped
public class RateLimiting {

    /** Between Quarkus' CORS filter (order -300) and authentication (-200). */
    static final int BEFORE_AUTHENTICATION = -250;
    /** Between authentication (-200) and HTTP permission checks (-100). */
    static final int AFTER_AUTHENTICATION = -150;

    static final String CODE = "too-many-requests";
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    private static final String REMAINING_SO_FAR = RateLimiting.class.getName() + ".remaining";

    private final RateLimitConfig config;
    private final ObjectMapper json;
    private final ClientAddress addresses;
    private final List<String> exemptPaths;
    private final TokenBuckets perAddress;
    private final TokenBuckets perClient;
    private final Counter refusedAddresses;
    private final Counter refusedClients;

    public RateLimiting(RateLimitConfig config, ObjectMapper json, MeterRegistry registry) {
        this.config = config;
        this.json = json;
        this.addresses = new ClientAddress(config.trustedProxies().orElse(List.of()));
        this.exemptPaths = config.exemptPaths().orElse(List.of());
        this.perAddress = new TokenBuckets(config.ipBurst(), config.ipPerMinute(), config.maxTracked(),
                TimeMeter.SYSTEM_NANOTIME);
        this.perClient = new TokenBuckets(config.clientBurst(), config.clientPerMinute(), config.maxTracked(),
                TimeMeter.SYSTEM_NANOTIME);
        this.refusedAddresses = Counter.builder("sinergi.gateway.rate-limit.refused").tag("limit", "address")
                .description("Requests refused with 429 by the per-address limit").register(registry);
        this.refusedClients = Counter.builder("sinergi.gateway.rate-limit.refused").tag("limit", "client")
                .description("Requests refused with 429 by the per-client limit").register(registry);
        Gauge.builder("sinergi.gateway.rate-limit.tracked", perAddress, TokenBuckets::tracked).tag("limit", "address")
                .description("Addresses with a bucket in memory").register(registry);
        Gauge.builder("sinergi.gateway.rate-limit.tracked", perClient, TokenBuckets::tracked).tag("limit", "client")
                .description("Clients with a bucket in memory").register(registry);
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        router.route().order(BEFORE_AUTHENTICATION).handler(this::limitAddress);
        router.route().order(AFTER_AUTHENTICATION).handler(this::limitClient);
    }

    private void limitAddress(RoutingContext context) {
        if (exempt(context)) {
            context.next();
            return;
        }
        SocketAddress peer = context.request().connection().remoteAddress();
        String key = addresses.keyOf(peer == null ? null : peer.hostAddress(),
                context.request().getHeader("X-Forwarded-For"));
        TokenBuckets.Decision decision = perAddress.take(key);
        if (!decision.allowed()) {
            refusedAddresses.increment();
            refuse(context, decision);
            return;
        }
        announce(context, decision);
        context.next();
    }

    private void limitClient(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous() || exempt(context)) {
            context.next();
            return;
        }
        TokenBuckets.Decision decision = perClient.take(clientOf(identity));
        if (!decision.allowed()) {
            refusedClients.increment();
            refuse(context, decision);
            return;
        }
        Long soFar = context.get(REMAINING_SO_FAR);
        if (soFar == null || decision.remaining() < soFar) {
            announce(context, decision);
        }
        context.next();
    }

    /**
     * The client a request counts against: the app the token was issued to ({@code azp}) and the account
     * ({@code sub}); a service account is one client of its own.
     */
    static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return text(jwt.getClaim("azp")) + ' ' + jwt.getSubject();
        }
        return "principal " + identity.getPrincipal().getName();
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? "-" : claim.toString();
    }

    private boolean exempt(RoutingContext context) {
        if (exemptPaths.isEmpty()) {
            return false;
        }
        String path = context.normalizedPath();
        for (String prefix : exemptPaths) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void announce(RoutingContext context, TokenBuckets.Decision decision) {
        context.put(REMAINING_SO_FAR, decision.remaining());
        context.response().putHeader(LIMIT, Long.toString(decision.limit()))
                .putHeader(REMAINING, Long.toString(decision.remaining()));
    }

    private void refuse(RoutingContext context, TokenBuckets.Decision decision) {
        context.response()
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
                .putHeader(LIMIT, Long.toString(decision.limit()))
                .putHeader(REMAINING, "0");
        EdgeAnswers.problem(context, json, 429, CODE, LocalizedText.of("Terlalu banyak permintaan", "Too many requests"),
                LocalizedText.of("Batas permintaan terlampaui; coba lagi dalam %d detik.",
                        "The request limit was reached; try again in %d seconds.")
                        .formatted(decision.retryAfterSeconds()));
    }
}
