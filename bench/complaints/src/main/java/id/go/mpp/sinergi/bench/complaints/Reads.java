package id.go.mpp.sinergi.bench.complaints;

import id.go.mpp.sinergi.bench.support.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Step 3: the public reads through the gateway, no token: the MPP's public list (first page; pages anywhere in the
 * list by the {@code next} cursors of a walk through all of it) and Open311 GET requests.json (the default window:
 * the last 90 days, at most 1,000 requests per answer; and with filters). Each endpoint sequentially (1 client) and
 * with {@code --read-clients} concurrent clients; an untimed warm-up before each.
 */
final class Reads {

    static final double TARGET_P99_MILLIS = 50;

    record Endpoint(String name, Supplier<String> path) {
    }

    record Result(String endpoint, int clients, Latencies latencies, double perSecond, int items, int bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reads() {
    }

    static List<Result> run(Options o) throws Exception {
        URI api = URI.create(o.api());
        String list = "/public/mpps/" + o.mpp + "/complaints";
        System.out.printf("%n== 3. Reads: GET %s%s and %s/open311/v2/requests.json, no token%n", o.api(), list,
                o.api());

        // The cursors of every page of the public list (and a few public tracking ids), by walking it through.
        List<String> cursors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        int listed = 0;
        try (RawHttp conn = Options.connection(api)) {
            String cursor = null;
            do {
                RawHttp.Answer a = conn.get(list + "?size=100" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                if (a.status() != 200) {
                    throw new IllegalStateException("public list answered " + a.status() + ": " + a.body());
                }
                JsonNode page = JSON.readTree(a.body());
                for (JsonNode item : page.path("items")) {
                    listed++;
                    if (ThreadLocalRandom.current().nextInt(500) == 0) {
                        ids.add(item.path("trackingId").asText());
                    }
                }
                cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
                if (cursor != null) {
                    cursors.add(cursor);
                }
            } while (cursor != null);
        }
        System.out.printf("  walked the public list: %,d complaints on %,d pages of 100 in %.1f s (%.1f ms a page)%n",
                listed, cursors.size() + 1, (System.nanoTime() - t0) / 1e9,
                (System.nanoTime() - t0) / 1e6 / (cursors.size() + 1));
        if (cursors.isEmpty() || ids.size() < 3) {
            throw new IllegalStateException("the public list is too short for the bench: seed first");
        }

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String week = "start_date=" + today.minusDays(30) + "&end_date=" + today.minusDays(24);
        String open311 = "/open311/v2/requests.json";
        List<Endpoint> endpoints = List.of(
                new Endpoint("public list, first page (20)", () -> list),
                new Endpoint("public list, any page (20, random cursor)",
                        () -> list + "?cursor=" + enc(cursors.get(ThreadLocalRandom.current().nextInt(cursors.size())))),
                new Endpoint("Open311 requests.json (default window)", () -> open311),
                new Endpoint("Open311 ?status=open", () -> open311 + "?status=open"),
                new Endpoint("Open311 ?service_code=paspor-baru", () -> open311 + "?service_code=paspor-baru"),
                new Endpoint("Open311 ?start_date..end_date (7 days)", () -> open311 + "?" + week),
                new Endpoint("Open311 ?service_request_id= (3 ids)", () -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    return open311 + "?service_request_id=" + ids.get(r.nextInt(ids.size())) + ","
                            + ids.get(r.nextInt(ids.size())) + "," + ids.get(r.nextInt(ids.size()));
                }));

        List<Result> results = new ArrayList<>();
        for (int clients : List.of(1, o.readClients)) {
            System.out.printf("  -- %d client%s, %d requests per endpoint after %d untimed%n", clients,
                    clients == 1 ? "" : "s (concurrently)", o.readRequests, o.readWarmup);
            for (Endpoint e : endpoints) {
                if (o.readWarmup > 0) {
                    measure(api, e, clients, o.readWarmup);
                }
                Machine.waitQuiet(o.quietWaitSeconds, e.name());
                int[] shape = shape(api, e);
                long s0 = System.nanoTime();
                Latencies l = measure(api, e, clients, o.readRequests);
                double perSecond = l.count() / ((System.nanoTime() - s0) / 1e9);
                results.add(new Result(e.name(), clients, l, perSecond, shape[0], shape[1]));
                System.out.printf("  %-42s %s  %,5.0f req/s  %4d items %,8d B  errors %s  %s%n", e.name(),
                        l.summary(), perSecond, shape[0], shape[1], l.errors(),
                        l.percentileMillis(99) < TARGET_P99_MILLIS ? "" : "<-- p99 >= 50 ms");
            }
        }
        return results;
    }

    /** Items and bytes of one answer of the endpoint. */
    private static int[] shape(URI api, Endpoint e) throws Exception {
        try (RawHttp conn = Options.connection(api)) {
            RawHttp.Answer a = conn.get(e.path().get());
            JsonNode body = JSON.readTree(a.body());
            int items = body.isArray() ? body.size() : body.path("items").size();
            return new int[]{items, a.body().getBytes(StandardCharsets.UTF_8).length};
        }
    }

    /** {@code requests} GETs of {@code e} shared by {@code clients} threads, each with one request in flight. */
    private static Latencies measure(URI api, Endpoint e, int clients, int requests) throws InterruptedException {
        return Latencies.measureGets(api, Options::connection, e.path(), clients, requests, "read");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String verdict(List<Result> results, String prefix) {
        return results.stream().filter(r -> r.endpoint().startsWith(prefix))
                .allMatch(r -> r.latencies().percentileMillis(99) < TARGET_P99_MILLIS) ? "met" : "NOT met";
    }
}
