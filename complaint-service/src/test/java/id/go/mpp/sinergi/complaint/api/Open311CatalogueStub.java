package id.go.mpp.sinergi.complaint.api;

import com.sun.net.httpserver.HttpServer;
import id.go.mpp.sinergi.testing.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for queue-service's public catalogue API ({@code GET /services?mpp=…}, no login), which does not run in
 * complaint-service's tests: MPP kota-jambi has the services of queue-service's demo data, in the shape
 * queue-service answers (its {@code ServiceView}); MPP {@value #UNREADABLE} answers 503 (a catalogue that cannot be
 * read); any other MPP has none. Points {@code quarkus.rest-client.queue-catalogue.url} at itself.
 */
public class Open311CatalogueStub implements QuarkusTestResourceLifecycleManager {

    /** The MPP whose catalogue cannot be read. */
    public static final String UNREADABLE = "katalog-rusak";

    private static final String KOTA_JAMBI = "["
            + service("paspor-baru", "imigrasi", "Paspor baru", "New passport", "IMI-A", 350000)
            + "," + service("penggantian-paspor", "imigrasi", "Penggantian paspor", "Passport replacement", "IMI-B",
            350000)
            + "," + service("ktp-el", "dukcapil", "KTP elektronik", "Electronic ID card (KTP-el)", "DUK-A", 0)
            + "," + service("nib", "dpmptsp", "Nomor Induk Berusaha (NIB)", "Business identification number (NIB)",
            "OSS-A", 0)
            + "]";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.next()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/services", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String mpp = query != null && query.startsWith("mpp=") ? query.substring(4) : "";
            int status = UNREADABLE.equals(mpp) ? 503 : 200;
            String body = status == 503 ? "{\"status\":503}" : "kota-jambi".equals(mpp) ? KOTA_JAMBI : "[]";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.queue-catalogue.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String service(String code, String agency, String nameId, String nameEn, String prefix, long fee) {
        return """
                {"mppCode":"kota-jambi","code":"%s","agencyCode":"%s","name":"%s","nameId":"%s","nameEn":"%s",\
                "ticketPrefix":"%s","requirements":["KTP-el asli"],"requirementsId":["KTP-el asli"],\
                "requirementsEn":["Original electronic ID card (KTP-el)"],"feeRupiah":%d,"serviceMinutes":20,\
                "dailyQuota":{"regular":40,"priority":10,"online":50,"total":100},"slaMinutes":60,"active":true,\
                "bookingHorizonDays":30,"slotMinutes":30}"""
                .formatted(code, agency, nameId, nameId, nameEn, prefix, fee);
    }
}
