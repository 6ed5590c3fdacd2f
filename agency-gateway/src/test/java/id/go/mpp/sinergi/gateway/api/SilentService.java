package id.go.mpp.sinergi.gateway.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for queue-service that takes every request and never answers, as a service stuck
 * after it received a change. Tests get it injected to see what reached it.
 */
public class SilentService implements QuarkusTestResourceLifecycleManager {

    private final AtomicInteger received = new AtomicInteger();
    private Vertx vertx;

    /** Requests that reached the server (and were left unanswered). */
    public int received() {
        return received.get();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> request.end().onComplete(ended -> received.incrementAndGet()))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "quarkus.rest-client.queue-service.url", url,
                "quarkus.rest-client.queue-service.read-timeout", "1000");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(SilentService.class));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
