package id.go.mpp.sinergi.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.util.List;

/**
 * The floor of a second JVM hop on the rush's path: forwards {@code /api/v1/**} to queue-service as the gateway
 * does, and nothing else — no token check, no role check, no audit record, no problem rewriting. Run it instead of
 * measuring the gateway ({@code bench/quota-rush/hop-floor}, then the rush with {@code SINERGI_GATEWAY_PORT} set to
 * its port) to see what the hop itself costs on the machine, apart from what the gateway does per request. Not a
 * gateway: anyone may call anything through it.
 */
public final class HopFloor extends AbstractVerticle {

    private static final String PREFIX = "/api/v1";
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept", "Accept-Language");
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Language");

    private final int upstreamPort;
    private final int port;
    private HttpClient upstream;

    private HopFloor(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    /** {@code HopFloor PORT QUEUE_SERVICE_PORT}: two event loops on epoll (NIO where there is none), like the services. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(2));
        vertx.deployVerticle(() -> new HopFloor(port, upstreamPort), new DeploymentOptions().setInstances(2))
                .onSuccess(id -> System.out.printf("hop floor: 127.0.0.1:%d/api/v1/** -> 127.0.0.1:%d/** (%s)%n", port,
                        upstreamPort, vertx.isNativeTransportEnabled() ? "epoll" : "NIO"))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start() {
        // As many connections to queue-service as the gateway's REST client may open (256).
        upstream = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(upstreamPort).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(256));
        vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String uri = request.uri().startsWith(PREFIX) ? request.uri().substring(PREFIX.length()) : request.uri();
            RequestOptions forward = new RequestOptions().setMethod(request.method()).setURI(uri);
            REQUEST_HEADERS.forEach(h -> {
                if (request.getHeader(h) != null) {
                    forward.putHeader(h, request.getHeader(h));
                }
            });
            upstream.request(forward).compose(r -> r.send(body)).compose(answer -> answer.body().map(answerBody -> {
                HttpServerResponse out = request.response().setStatusCode(answer.statusCode());
                ANSWER_HEADERS.forEach(h -> {
                    if (answer.getHeader(h) != null) {
                        out.putHeader(h, answer.getHeader(h));
                    }
                });
                if (answer.getHeader("Location") != null) {
                    out.putHeader("Location", PREFIX + answer.getHeader("Location"));
                }
                return out.end(answerBody);
            })).onFailure(e -> request.response().setStatusCode(502).end(String.valueOf(e)));
        })).listen(port);
    }
}
