package id.go.mpp.sinergi.standins;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server that takes callbacks/webhooks; it can answer 500 to the first N of them. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failFirst = new AtomicInteger();

    CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(exchange.getRequestURI().getPath(), Map.of(
                    "Content-Type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "X-Simkim-Signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Simkim-Signature")),
                    "X-OSS-Signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-OSS-Signature"))),
                    body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void failFirst(int n) {
        failFirst.set(n);
    }

    Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no callback arrived within 10 s");
        }
        return r;
    }

    Received poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
