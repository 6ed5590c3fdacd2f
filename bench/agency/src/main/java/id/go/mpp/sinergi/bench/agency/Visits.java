package id.go.mpp.sinergi.bench.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The set-up (not timed): tokens, MPP kota-jambi open around the clock, bench services with a walk-in quota, and
 * walk-in tickets issued by the hall's kiosk, each a visit the gateway learns from queue-service's ticket event. One
 * verification per visit (the once-only rule: a visit with a pending or verified one is not asked again).
 */
final class Visits {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Regular walk-ins a service takes per day at most (queue-service's DailyQuota.MAX_SHARE). */
    private static final int SERVICE_QUOTA = 10_000;

    private final Options o;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String kioskToken;
    private volatile long kioskTokenAt;
    private final List<String> services = new ArrayList<>();
    private boolean mppOpened;

    Visits(Options o) {
        this.o = o;
    }

    /** The hall kiosk's token (client credentials), fetched again after a minute. */
    String kioskToken() {
        if (kioskToken == null || System.nanoTime() - kioskTokenAt > 60_000_000_000L) {
            synchronized (this) {
                if (kioskToken == null || System.nanoTime() - kioskTokenAt > 60_000_000_000L) {
                    kioskToken = token(Map.of("grant_type", "client_credentials", "client_id", "kiosk-kota-jambi",
                            "client_secret", "kiosk-dev-secret"));
                    kioskTokenAt = System.nanoTime();
                }
            }
        }
        return kioskToken;
    }

    /** After a restart of Keycloak: the next call fetches a new token. */
    synchronized void forgetToken() {
        kioskToken = null;
    }

    private String adminToken() {
        return token(Map.of("grant_type", "password", "client_id", "sinergi-mobile", "username", "admin.mpp",
                "password", "admin-demo"));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(o.stack.keycloak()
                        + "/realms/sinergi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
        return answer.path("access_token").asText();
    }

    JsonNode send(HttpRequest request, int... ok) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int s : ok) {
                if (s == r.statusCode()) {
                    return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
                }
            }
            throw new IllegalStateException(request.method() + " " + request.uri() + ": HTTP " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(400, r.body().length())));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String method, String url, String token, Object body, int... ok) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            return send(b.build(), ok);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo MPP keeps office hours; its admin opens it around the clock, as the e2e tests do. */
    private void openAroundTheClock(String admin) {
        JsonNode mpp = json("GET", o.api() + "/mpps/" + o.mpp, null, null, 200);
        ObjectNode body = JSON.createObjectNode();
        body.put("name", mpp.path("name").asText("Mal Pelayanan Publik Kota Jambi"));
        body.put("timeZone", mpp.path("timeZone").asText("WIB"));
        ObjectNode hours = body.putObject("openingHours");
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            hours.putObject(day.name()).put("opens", "00:00").put("closes", "00:00");
        }
        body.putArray("closedDays");
        json("PUT", o.api() + "/mpps/" + o.mpp, admin, body, 200);
        System.out.printf("  MPP %s opened around the clock (every day 00:00–00:00, no closed days) by its admin%n",
                o.mpp);
    }

    /** A new bench service at the MPP taking {@link #SERVICE_QUOTA} walk-ins a day (PUT on queue-service). */
    private String newService(String admin) {
        String code = "bench-agency-" + Instant.now().getEpochSecond() + "-" + services.size();
        ObjectNode body = JSON.createObjectNode();
        body.put("agencyCode", o.agency);
        body.put("nameId", "Layanan uji beban " + code);
        body.put("nameEn", "Load test service " + code);
        body.put("ticketPrefix", "BEN");
        body.putArray("requirementsId").add("KTP-el");
        body.putArray("requirementsEn").add("Electronic ID card");
        body.put("feeRupiah", 0);
        body.put("serviceMinutes", 15);
        ObjectNode q = body.putObject("dailyQuota");
        q.put("regular", SERVICE_QUOTA);
        q.put("priority", 0);
        q.put("online", 0);
        body.put("slaMinutes", 60);
        body.put("slotMinutes", 60);
        body.put("bookingHorizonDays", 30);
        body.put("active", true);
        json("PUT", o.stack.queue() + "/mpps/" + o.mpp + "/services/" + code, admin, body, 200, 201);
        services.add(code);
        return code;
    }

    /**
     * {@code n} new visits: walk-in tickets the kiosk issues at queue-service (spread over bench services, each its
     * own service-day lock), then waited for until the gateway knows every one of them (its {@code visit_step}).
     */
    List<String> issue(int n, Connection gatewayDb) throws Exception {
        return o.seedVisits ? seed(n, gatewayDb) : tickets(n, gatewayDb);
    }

    /**
     * {@code n} new walk-in visits of the bench's agency written straight into the gateway's {@code visit_step}, the
     * read model its ticket-event consumer keeps (one step, no citizen, a ticket id of its own): the gateway cannot
     * tell them from visits it heard of. A ticket costs the platform ≈ 37 ms of CPU here (≈ 45 tickets/s), too slow
     * for the tens of thousands of visits a run needs; {@code --visits tickets} issues real ones.
     */
    private List<String> seed(int n, Connection db) throws Exception {
        List<String> visits = new ArrayList<>(n);
        try (PreparedStatement s = db.prepareStatement("""
                insert into visit_step (visit_id, agency_code, mpp_code, citizen_id, ticket_id, first_seen)
                select gen_random_uuid()::text, ?, ?, null, gen_random_uuid()::text, now()
                from generate_series(1, ?)
                returning visit_id""")) {
            s.setString(1, o.agency);
            s.setString(2, o.mpp);
            s.setInt(3, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    visits.add(r.getString(1));
                }
            }
        }
        System.out.printf("  %,d visits of %s at %s seeded into the gateway's visit_step%n", n, o.agency, o.mpp);
        return visits;
    }

    private List<String> tickets(int n, Connection gatewayDb) throws Exception {
        long t0 = System.nanoTime();
        Machine.Snapshot cpu0 = Machine.Snapshot.take();
        String admin = adminToken();
        if (!mppOpened) {
            openAroundTheClock(admin);
            mppOpened = true;
        }
        // Fresh services for n tickets, at least 4 so that kiosks do not queue on one service-day lock.
        List<String> codes = new ArrayList<>();
        int wanted = Math.max(4, (int) Math.ceil(n / (double) SERVICE_QUOTA));
        while (codes.size() < wanted) {
            codes.add(newService(admin));
        }
        int per = (int) Math.ceil(n / (double) codes.size());
        List<String> visits = Collections.synchronizedList(new ArrayList<>(n));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        URI queue = URI.create(o.stack.queue());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < o.ticketClients; c++) {
            Thread t = new Thread(() -> {
                try (RawHttp conn = Options.connection(queue)) {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        String code = codes.get(Math.min(codes.size() - 1, i / per));
                        String body = "{\"mppCode\":\"" + o.mpp + "\",\"serviceCode\":\"" + code + "\"}";
                        try {
                            RawHttp.Answer a = conn.post("/tickets", kioskToken(), body);
                            if (a.status() != 201) {
                                if (refused.incrementAndGet() <= 3) {
                                    System.out.printf("  ticket refused: HTTP %d %s%n", a.status(),
                                            a.body().substring(0, Math.min(300, a.body().length())));
                                }
                                continue;
                            }
                            visits.add(JSON.readTree(a.body()).path("visitId").asText());
                        } catch (IOException e) {
                            refused.incrementAndGet();
                            conn.close();
                        }
                    }
                }
            }, "ticket-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double issued = (System.nanoTime() - t0) / 1e9;
        Machine.Snapshot cpu1 = Machine.Snapshot.take();
        if (visits.size() < n) {
            System.out.printf("  %,d of %,d tickets refused%n", n - visits.size(), n);
        }
        long known = waitKnown(visits, gatewayDb);
        System.out.printf("  %,d visits: tickets issued in %.1f s on %d service(s) (%,.0f/s); the gateway knew %,d of"
                        + " them after %.1f s%n", visits.size(), issued, codes.size(), visits.size() / issued, known,
                (System.nanoTime() - t0) / 1e9);
        System.out.printf("    CPU while issuing: %s%n", Machine.cpuSplitByComponent(cpu0, cpu1, o.runDir()));
        List<String> shuffled = new ArrayList<>(visits);
        Collections.shuffle(shuffled);
        return shuffled;
    }

    /** Waits (up to 10 min) until the gateway has a step for every visit; returns how many it has. */
    private long waitKnown(List<String> visits, Connection db) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long known = 0;
        try (PreparedStatement s = db.prepareStatement(
                "select count(distinct visit_id) from visit_step where visit_id = any(?)")) {
            Array ids = db.createArrayOf("text", visits.toArray());
            s.setArray(1, ids);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    known = r.getLong(1);
                }
                if (known >= visits.size()) {
                    break;
                }
                Thread.sleep(1000);
            }
        }
        return known;
    }
}
