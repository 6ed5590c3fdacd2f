package id.go.mpp.sinergi.adapter.spi.testing;

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
 * For adapters' tests: stands where the gateway's callback endpoint is: hands each call's raw body and headers to the adapter and answers
 * what the adapter said, keeping both for the test.
 */
public final class CallbackReceiver implements AutoCloseable {

    public record Received(InboundCall call, InboundReply reply) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final String agencyCode;
    private volatile AgencyAdapter adapter;

    /** Listens where the gateway takes {@code agencyCode}'s callbacks ({@code /api/v1/agency-callbacks/<agencyCode>}). */
    public CallbackReceiver(String agencyCode) throws IOException {
        this.agencyCode = agencyCode;
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

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/agency-callbacks/" + agencyCode;
    }

    public void handTo(AgencyAdapter adapter) {
        this.adapter = adapter;
    }

    public Received next() throws InterruptedException {
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
