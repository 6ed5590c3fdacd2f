package id.go.mpp.sinergi.adapter.oss;

import com.sun.net.httpserver.HttpServer;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Stands where the gateway's callback endpoint is: hands each call's raw body and headers to the adapter and answers
 * what the adapter said, keeping both for the test.
 */
final class CallbackReceiver implements AutoCloseable {

    record Received(InboundCall call, InboundReply reply) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile AgencyAdapter adapter;

    CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream().collect(
                    Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            InboundCall call = new InboundCall(headers, body, exchange.getRemoteAddress().getHostString());
            InboundReply reply = adapter.receive(call);
            received.add(new Received(call, reply));
            byte[] answer = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/agency-callbacks/dpmptsp";
    }

    void handTo(AgencyAdapter adapter) {
        this.adapter = adapter;
    }

    Received next() throws InterruptedException {
        Received next = received.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no callback within 10 s");
        }
        return next;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
