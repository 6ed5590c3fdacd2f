package id.go.mpp.sinergi.gateway.adapters;

import com.sun.net.httpserver.HttpServer;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.StandInsConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agency systems the gateway's tests talk to: the stand-ins of agency-standins (Dukcapil, SIMKIM, OSS, messaging)
 * in this JVM, and BPJS Kesehatan's membership desk for the fourth adapter (agency-adapter-bpjs-kesehatan-example,
 * on the test class path only). Applies to every test class of the module, like the broker and the database, so they
 * share one started application.
 */
public class AgencyStandIns implements QuarkusTestResourceLifecycleManager {

    private static StandIns standIns;
    private static HttpServer bpjs;
    /** HTTP status BPJS Kesehatan's desk answers with (200, or 5xx to make it fail). */
    public static final AtomicInteger BPJS_STATUS = new AtomicInteger(200);
    public static final AtomicInteger BPJS_CALLS = new AtomicInteger();

    public static StandIns standIns() {
        return standIns;
    }

    @Override
    public Map<String, String> start() {
        if (standIns == null) {
            // SIMKIM's and OSS's own callbacks are made by the tests (signed as those systems sign): the gateway's
            // test port is not known before it starts
            standIns = StandIns.start(StandInsConfig.builder()
                    .simkimProcessingDelay(Duration.ZERO).simkimReadyDelay(Duration.ZERO).ossSubscriberUrl("")
                    .build());
            try {
                bpjs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            bpjs.createContext("/kepesertaan/meja", exchange -> {
                BPJS_CALLS.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                int status = BPJS_STATUS.get();
                byte[] body = (status == 200 ? "{\"kode\":\"00\",\"status\":\"BUKA\"}" : "{\"kode\":\"99\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            bpjs.start();
        }
        Map<String, String> config = new HashMap<>();
        config.put("sinergi.adapters.imigrasi.settings.url", standIns.simkimUrl());
        config.put("sinergi.adapters.imigrasi.settings.callback-url", "http://127.0.0.1:9/not-called-in-tests");
        config.put("sinergi.adapters.dpmptsp.settings.url", standIns.ossUrl());
        config.put("sinergi.adapters.messaging.settings.url", standIns.messagingUrl() + "/messaging/v1/messages");
        config.put("sinergi.adapters.dukcapil.settings.url",
                standIns.dukcapilUrl() + "/dukcapil/api/v1/verifikasi-elemen");
        config.put("sinergi.adapters.dukcapil.first-backoff", "200ms");
        config.put("sinergi.adapters.dukcapil.max-backoff", "1s");
        config.put("sinergi.adapters.dukcapil.breaker-delay", "1s");
        config.put("sinergi.adapters.bpjs-kesehatan.enabled", "true");
        config.put("sinergi.adapters.bpjs-kesehatan.settings.url",
                "http://127.0.0.1:" + bpjs.getAddress().getPort() + "/kepesertaan/meja");
        config.put("sinergi.adapters.bpjs-kesehatan.max-attempts", "2");
        config.put("sinergi.adapters.bpjs-kesehatan.quick-retries", "0");
        config.put("sinergi.adapters.bpjs-kesehatan.first-backoff", "100ms");
        config.put("sinergi.adapters.bpjs-kesehatan.breaker-window", "50");
        config.put("sinergi.agency-dispatch.interval", "100ms");
        config.put("sinergi.notifications.reminder-sweep", "1s");
        return config;
    }

    @Override
    public void stop() {
        // Lives for the JVM, like the broker: test classes share it.
    }
}
