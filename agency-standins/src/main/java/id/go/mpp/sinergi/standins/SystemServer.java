package id.go.mpp.sinergi.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.mpp.sinergi.standins.HttpServers.Handler;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * One stand-in system on its own port: its handler behind the fault injection, its stats, and a listening socket
 * that {@code down} really closes (connection refused) and {@code down:false} opens again on the same port.
 */
public final class SystemServer implements AutoCloseable {

    private final String name;
    private final String host;
    private final Handler handler;
    private final Faults faults;
    private final Stats stats;
    private final Consumer<String> log;
    private final ExecutorService executor;
    private int port;
    private HttpServer server;

    SystemServer(String name, String host, int port, Handler handler, Faults faults, Stats stats,
                 Consumer<String> log) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.handler = handler;
        this.faults = faults;
        this.stats = stats;
        this.log = log;
        this.executor = HttpServers.executor(name);
    }

    public String name() {
        return name;
    }

    public synchronized int port() {
        return port;
    }

    public String url() {
        return HttpServers.url(host, port());
    }

    public Handler handler() {
        return handler;
    }

    public Stats stats() {
        return stats;
    }

    public Faults.Settings faults() {
        return faults.settings();
    }

    public synchronized boolean isOpen() {
        return server != null;
    }

    /** Sets the faults; {@code down} closes the listening socket, its end opens it again on the same port. */
    public synchronized void setFaults(Faults.Settings settings) {
        faults.set(settings);
        if (settings.down() && server != null) {
            server.stop(0);
            server = null;
        } else if (!settings.down() && server == null) {
            open();
        }
    }

    synchronized void open() {
        try {
            server = HttpServers.bind(host, port, executor, this::serve);
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " for " + name, e);
        }
    }

    /** What {@code GET /control/{system}} shows. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system", name);
        out.put("url", url());
        out.put("listening", isOpen());
        out.put("faults", faults.settings());
        out.put("stats", stats.snapshot());
        out.put("state", handler.state());
        return out;
    }

    private void serve(HttpExchange exchange) {
        long t0 = System.nanoTime();
        Response response;
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        stats.increment(Stats.REQUESTS);
        try {
            Request request = HttpServers.read(exchange);
            Faults.Decision d = faults.decide();
            if (d.delayMs() > 0) {
                Thread.sleep(d.delayMs());
            }
            if (d.error()) {
                stats.increment(Stats.ERRORS_INJECTED);
                response = handler.error(d.errorStatus(), "injected fault").withLog("fault=error");
            } else {
                response = handler.handle(request);
                if (d.malformed()) {
                    stats.increment(Stats.MALFORMED_INJECTED);
                    response = response.truncated().withLog("fault=malformed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = handler.error(503, "interrupted");
        } catch (Exception e) {
            response = handler.error(500, e.getClass().getSimpleName()).withLog("exception=" + e);
        }
        try {
            HttpServers.send(exchange, response);
        } catch (IOException e) {
            // the client went away (or the socket was closed by "down"): nothing to answer
        } finally {
            exchange.close();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.accept(String.format("%s %-9s %s %s %d %d ms%s", Instant.now(), name, method, Masking.niksIn(path),
                response.status(), ms, response.logDetail() == null ? "" : " " + response.logDetail()));
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        executor.shutdownNow();
    }
}
