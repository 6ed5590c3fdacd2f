package id.go.mpp.sinergi.standins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The small HTTP toolkit every stand-in uses: requests and answers as values, binding, sending. */
public final class HttpServers {

    public static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server writes headers and body in two segments; with Nagle's algorithm and the client's delayed
        // ACK that adds ≈ 40 ms to many answers. Read once, when the JDK's server first loads: set it before that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private HttpServers() {
    }

    /** One system's behaviour: a request in, an answer out. */
    public interface Handler {

        Response handle(Request request) throws Exception;

        /** An error answer in the system's own style (used for injected errors too). */
        Response error(int status, String message);

        /** Its state for {@code GET /control/{system}} (counts, not personal data). */
        default Map<String, Object> state() {
            return Map.of();
        }

        /** Forgets its state (applications, tokens, messages, quota used) and goes back to the seed data. */
        default void resetState() {
        }
    }

    /** A request as read off the wire (the whole body). */
    public record Request(String method, String path, String rawQuery, Headers headers, byte[] body,
                          InetSocketAddress remote) {

        public String header(String name) {
            return headers.getFirst(name);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * Query parameters; a literal {@code +} stays a plus (phone numbers), {@code %2B} works as well.
         */
        public Map<String, String> query() {
            Map<String, String> out = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return out;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(decode(k), decode(v));
            }
            return out;
        }

        /** The segments of the path after {@code prefix}, e.g. {@code ["nib", "9120..."]}. */
        public String[] segmentsAfter(String prefix) {
            if (!path.startsWith(prefix)) {
                return new String[0];
            }
            return Arrays.stream(path.substring(prefix.length()).split("/")).filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        }

        /** User and password of an HTTP Basic {@code Authorization} header, or null. */
        public String[] basicCredentials() {
            String h = header("Authorization");
            if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The token of an {@code Authorization: Bearer} header, or null. */
        public String bearerToken() {
            String h = header("Authorization");
            if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return h.substring(7).trim();
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }

    /**
     * An answer.
     *
     * @param logDetail extra text for the request log line (already masked), or null
     */
    public record Response(int status, String contentType, byte[] body, Map<String, String> headers,
                           String logDetail) {

        public static Response json(int status, Object value) {
            try {
                return new Response(status, "application/json", JSON.writeValueAsBytes(value), Map.of(), null);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Response xml(int status, String xml) {
            return new Response(status, "application/xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8),
                    Map.of(), null);
        }

        public static Response empty(int status) {
            return new Response(status, null, new byte[0], Map.of(), null);
        }

        public Response withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Response(status, contentType, body, h, logDetail);
        }

        /** Adds text to the request's log line (after what is there already). */
        public Response withLog(String detail) {
            return new Response(status, contentType, body, headers,
                    logDetail == null ? detail : logDetail + " " + detail);
        }

        /** Status 200 and the first half of the body: what no parser accepts. */
        public Response truncated() {
            byte[] cut = Arrays.copyOf(body, Math.max(1, body.length / 2));
            if (body.length == 0) {
                cut = "{\"".getBytes(StandardCharsets.UTF_8);
            }
            return new Response(200, contentType, cut, headers, logDetail);
        }
    }

    /** Binds an HTTP server to host:port (0 = ephemeral) and starts it. */
    static HttpServer bind(String host, int port, ExecutorService executor,
                           com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress());
    }

    static void send(HttpExchange exchange, Response response) throws IOException {
        Headers h = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            h.set("Content-Type", response.contentType());
        }
        response.headers().forEach(h::set);
        boolean noBody = response.body().length == 0 || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
        exchange.close();
    }

    /** A cached pool of daemon threads (a stand-in that sleeps for latency holds one thread per request). */
    static ExecutorService executor(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "standins-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The address a client uses for a server bound to {@code host} (a wildcard bind is reached on loopback). */
    public static String url(String host, int port) {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port;
    }
}
