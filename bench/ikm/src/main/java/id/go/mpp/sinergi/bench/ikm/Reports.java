package id.go.mpp.sinergi.bench.ikm;

import id.go.mpp.sinergi.bench.support.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Step 2: the published IKM of MPP bench-ikm, no token: a unit-period report (a random service of a random month of
 * the last 24 complete ones), the whole MPP for the last complete year, and (a diagnostic) every unit of the MPP for
 * that year. Through the gateway (the figures judged) and straight to survey-service (where the time goes);
 * sequentially and with {@code --report-clients} concurrent clients; an untimed warm-up before each.
 */
final class Reports {

    static final double UNIT_TARGET_MILLIS = 10;
    static final double MPP_TARGET_MILLIS = 50;

    enum Kind { UNIT, MPP, UNITS }

    record Endpoint(Kind kind, String name, Supplier<String> path) {
    }

    record Result(String target, Endpoint endpoint, int clients, Latencies latencies, double perSecond, String cpu) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    static List<Result> run(Options o) throws Exception {
        LocalDate today = LocalDate.now(Seed.WIB);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        int year = today.getYear() - 1;
        String base = "/public/mpps/" + o.mpp + "/ikm";
        List<Endpoint> endpoints = List.of(
                new Endpoint(Kind.UNIT, "unit-period (a service, a month)", () -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    int a = r.nextInt(Seed.AGENCIES.size());
                    return base + "?period=" + lastMonth.minusMonths(r.nextInt(24)) + "&agency=" + Seed.AGENCIES.get(a)
                            + "&service=" + Seed.service(a, r.nextInt(Seed.SERVICES_PER_AGENCY));
                }),
                new Endpoint(Kind.MPP, "whole MPP, year " + year, () -> base + "?period=" + year),
                new Endpoint(Kind.UNITS, "every unit, year " + year + " (units)", () -> base + "/units?period=" + year));
        System.out.printf("%n== 2. Reports: GET %s%s?period=..., no token%n", o.api(), base);
        List<Result> results = new ArrayList<>();
        for (String[] target : List.of(new String[]{"gateway", o.api()}, new String[]{"survey-service", o.survey()})) {
            if (!o.targets.contains(target[0])) {
                continue;
            }
            URI uri = URI.create(target[1]);
            System.out.printf("  -- %s (%s)%n", target[0], target[1]);
            for (Endpoint e : endpoints) {
                System.out.printf("     %s: %s%n", e.name(), shape(uri, e));
            }
            for (int clients : List.of(1, o.reportClients)) {
                for (Endpoint e : endpoints) {
                    boolean units = e.kind() == Kind.UNITS;
                    int warmup = units ? Math.min(o.reportWarmup, 10) : o.reportWarmup;
                    if (warmup > 0) {
                        measure(uri, e, clients, warmup);
                    }
                    Machine.waitQuiet(o.quietWaitSeconds, e.name());
                    Machine.Snapshot s0 = Machine.Snapshot.take();
                    long t0 = System.nanoTime();
                    Latencies l = measure(uri, e, clients, units ? o.unitsRequests : o.reportRequests);
                    double perSecond = l.count() / ((System.nanoTime() - t0) / 1e9);
                    String cpu = Machine.cpuSplitByComponent(s0, Machine.Snapshot.take(), o.runDir());
                    results.add(new Result(target[0], e, clients, l, perSecond, cpu));
                    System.out.printf("  %-14s %-36s %d client%s  %s  %,5.0f req/s  errors %s%s%n", target[0], e.name(),
                            clients, clients == 1 ? " " : "s", l.summary(), perSecond, l.errors(),
                            e.kind() == Kind.UNITS || l.percentileMillis(99) < target(e.kind()) ? ""
                                    : String.format("  <-- p99 >= %.0f ms", target(e.kind())));
                    System.out.printf("  %14s CPU: %s%n", "", cpu);
                }
            }
        }
        return results;
    }

    static double target(Kind kind) {
        return kind == Kind.UNIT ? UNIT_TARGET_MILLIS : MPP_TARGET_MILLIS;
    }

    /** Bytes and respondents of one answer (a sanity check: the report counts what was seeded). */
    private static String shape(URI base, Endpoint e) throws Exception {
        try (RawHttp conn = Options.connection(base)) {
            RawHttp.Answer a = conn.get(e.path().get());
            if (a.status() != 200) {
                throw new IllegalStateException(e.name() + " answered " + a.status() + ": " + a.body());
            }
            JsonNode body = JSON.readTree(a.body());
            JsonNode first = body.isArray() ? body.get(0) : body;
            return String.format("%,d B, %s%,d respondents, IKM %s", a.body().getBytes(StandardCharsets.UTF_8).length,
                    body.isArray() ? body.size() + " units, the MPP's " : "", first.path("respondents").asLong(),
                    first.path("ikm").asText());
        }
    }

    /** {@code requests} GETs of {@code e} shared by {@code clients} threads, each with one request in flight. */
    private static Latencies measure(URI base, Endpoint e, int clients, int requests) throws InterruptedException {
        return Latencies.measureGets(base, Options::connection, e.path(), clients, requests, "report");
    }

    /** Met when every gateway run of the kind (1 and C clients) has p99 below its target. */
    static String verdict(List<Result> results, Kind kind) {
        List<Result> gateway = results.stream()
                .filter(r -> r.target().equals("gateway") && r.endpoint().kind() == kind).toList();
        if (gateway.isEmpty()) {
            return "not judged (no gateway run: --targets)";
        }
        return gateway.stream().allMatch(r -> r.latencies().percentileMillis(99) < target(kind)) ? "met" : "NOT met";
    }
}
