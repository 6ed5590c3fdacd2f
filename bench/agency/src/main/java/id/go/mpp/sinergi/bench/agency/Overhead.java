package id.go.mpp.sinergi.bench.agency;

import id.go.mpp.sinergi.bench.support.Latencies;
import id.go.mpp.sinergi.bench.support.Machine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 3: the rate limiter's cost. The same cheap request through the gateway — the kiosk's {@code GET
 * /visits/{visit}/identity-verification} (token check, both buckets, one read of the gateway's tables, no other
 * service) — timed with 1 and 8 clients, and the gateway's CPU per request. With {@code --overhead-restart} the stack
 * is restarted with the limiter flipped and measured, then restarted as it was and measured again: the comparison is
 * between the two restarted JVMs, which had the same warm-up.
 */
final class Overhead {

    private static final String LIMITER = "SINERGI_GATEWAY_RATE_LIMIT_ENABLED";

    record Result(String limiter, int clients, Latencies latencies, double perSecond, double gatewayCpuMillis) {
    }

    private Overhead() {
    }

    static void run(Options o, Visits visits, Connection db, List<String> verdicts) throws Exception {
        System.out.printf("%n== 3. Rate limiter overhead: GET %s/visits/{visit}/identity-verification as the kiosk,"
                + " %,d timed after %,d untimed, per concurrency%n", o.api(), o.overheadRequests, o.overheadWarmup);
        String visit = visits.issue(1, db).get(0);
        // a verification to read (its answer does not matter here)
        visits.json("POST", o.api() + "/visits/" + visit + "/identity-verifications", visits.kioskToken(),
                "{\"nik\":\"1571011708850001\",\"fullName\":\"Budi Santoso\",\"birthDate\":\"1985-08-17\","
                        + "\"consent\":true}", 200, 202);
        List<Result> results = new ArrayList<>(measure(o, visits, visit));
        if (o.overheadRestart) {
            Map<String, String> settings = settingsOf(o);
            boolean wasOn = !"false".equalsIgnoreCase(settings.get(LIMITER));
            Map<String, String> flipped = new LinkedHashMap<>(settings);
            flipped.put(LIMITER, wasOn ? "false" : "true");
            restart(o, visits, flipped);
            results.addAll(measure(o, visits, visit));
            restart(o, visits, settings);
            // the flipped JVM was fresh: measure the original setting fresh too, and compare those two
            results.addAll(measure(o, visits, visit));
        }
        Map<Integer, Result> on = new TreeMap<>();
        Map<Integer, Result> off = new TreeMap<>();
        for (Result r : results) {
            (r.limiter().startsWith("on") ? on : off).put(r.clients(), r); // the last of each: equally fresh JVMs
        }
        for (Map.Entry<Integer, Result> e : on.entrySet()) {
            Result off1 = off.get(e.getKey());
            if (off1 == null) {
                continue;
            }
            Result on1 = e.getValue();
            String line = String.format("rate limiter overhead, %d client(s): p50 %+.2f ms, p99 %+.2f ms, gateway CPU"
                            + " %+.3f ms per request (on %.2f / off %.2f), %,.0f vs %,.0f req/s", e.getKey(),
                    on1.latencies().percentileMillis(50) - off1.latencies().percentileMillis(50),
                    on1.latencies().percentileMillis(99) - off1.latencies().percentileMillis(99),
                    on1.gatewayCpuMillis() - off1.gatewayCpuMillis(), on1.gatewayCpuMillis(),
                    off1.gatewayCpuMillis(), on1.perSecond(), off1.perSecond());
            System.out.println("  " + line);
            verdicts.add(line + " (no target: reported)");
        }
        if (on.isEmpty() || off.isEmpty()) {
            verdicts.add("rate limiter overhead: measured with the limiter " + (on.isEmpty() ? "off" : "on")
                    + " only; run again on a stack with it " + (on.isEmpty() ? "on" : "off")
                    + " or with --overhead-restart");
        }
    }

    private static List<Result> measure(Options o, Visits visits, String visit) throws Exception {
        String limiter = limiterOf(o);
        List<Result> results = new ArrayList<>();
        URI api = URI.create(o.api());
        String path = "/visits/" + visit + "/identity-verification";
        for (int clients : o.overheadClients) {
            String token = visits.kioskToken();
            if (o.overheadWarmup > 0) {
                get(api, path, token, clients, o.overheadWarmup);
            }
            double busy = Machine.waitQuiet(o.quietWaitSeconds, "the overhead GETs");
            Machine.Snapshot a = Machine.Snapshot.take();
            long t0 = System.nanoTime();
            Latencies l = get(api, path, token, clients, o.overheadRequests);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Machine.Snapshot b = Machine.Snapshot.take();
            String cpu = Machine.cpuSplitByComponent(a, b, o.runDir());
            double gatewayCpu = componentPercent(cpu, "agency-gateway") / 100 * seconds * 1000 / l.count();
            Result r = new Result(limiter, clients, l, l.count() / seconds, gatewayCpu);
            results.add(r);
            System.out.printf("  limiter %s, %d client(s): %,6.0f req/s  %s  errors %s  gateway CPU %.2f ms/request%n",
                    limiter, clients, r.perSecond(), l.summary(), l.errors(), gatewayCpu);
            System.out.printf("      CPU: %s%s%n", cpu,
                    busy > Machine.QUIET_BUSY_PERCENT ? String.format(" (machine %.0f%% busy before)", busy) : "");
        }
        return results;
    }

    /** {@code requests} GETs with the kiosk's token shared by {@code clients} threads; 200 is ok. */
    private static Latencies get(URI api, String path, String token, int clients, int requests)
            throws InterruptedException {
        Latencies l = new Latencies();
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(requests);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (var conn = Options.connection(api)) {
                    while (left.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        try {
                            var a = conn.get(path, token);
                            long took = System.nanoTime() - t0;
                            if (a.status() == 200) {
                                l.ok(took);
                            } else {
                                l.error(Integer.toString(a.status()), took);
                            }
                        } catch (IOException e) {
                            l.error(e.getClass().getSimpleName(), System.nanoTime() - t0);
                            conn.close();
                        }
                    }
                }
            }, "overhead-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return l;
    }

    private static double componentPercent(String cpu, String component) {
        Matcher m = Pattern.compile(Pattern.quote(component) + " ([0-9]+)%").matcher(cpu);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** "on" or "off", with the bucket sizes when they were changed, from the running gateway's environment. */
    static String limiterOf(Options o) {
        Map<String, String> env = environ(o.runDir().resolve("agency-gateway.pid"));
        String enabled = env.getOrDefault(LIMITER, "true");
        StringBuilder s = new StringBuilder("false".equalsIgnoreCase(enabled) ? "off" : "on");
        env.forEach((k, v) -> {
            if (k.startsWith("SINERGI_GATEWAY_RATE_LIMIT_") && !k.equals(LIMITER)) {
                s.append(s.indexOf("(") < 0 ? " (" : ", ").append(k.substring(27).toLowerCase()).append('=').append(v);
            }
        });
        return s.indexOf("(") < 0 ? s.toString() : s + ")";
    }

    /** The SINERGI_* settings of the running gateway and stand-ins (what a restart must give them again). */
    static Map<String, String> settingsOf(Options o) {
        Map<String, String> settings = new TreeMap<>();
        for (String component : List.of("agency-gateway", "agency-standins", "queue-service")) {
            environ(o.runDir().resolve(component + ".pid")).forEach((k, v) -> {
                if (k.startsWith("SINERGI_") && !k.endsWith("_PORT") && !k.endsWith("_URL") && !k.equals("SINERGI_BIND")
                        && !k.equals("SINERGI_HOME")) {
                    settings.put(k, v);
                }
            });
        }
        return settings;
    }

    static String settingsOfRunningStack(Options o) {
        Map<String, String> s = settingsOf(o);
        return s.isEmpty() ? "(none set)" : s.toString();
    }

    private static Map<String, String> environ(Path pidFile) {
        Map<String, String> env = new HashMap<>();
        try {
            String pid = null;
            for (String line : Files.readAllLines(pidFile)) {
                if (line.startsWith("pid=")) {
                    pid = line.substring(4).trim();
                }
            }
            if (pid == null) {
                return env;
            }
            for (String v : new String(Files.readAllBytes(Path.of("/proc", pid, "environ"))).split("\0")) {
                int eq = v.indexOf('=');
                if (eq > 0) {
                    env.put(v.substring(0, eq), v.substring(eq + 1));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not running, or not Linux
        }
        return env;
    }

    /** ./sinergi down, then ./sinergi up -d --offline with {@code settings} in its environment. */
    private static void restart(Options o, Visits visits, Map<String, String> settings) throws Exception {
        System.out.printf("  restarting the stack with %s=%s ...%n", LIMITER, settings.getOrDefault(LIMITER, "true"));
        sinergi(o, Map.of(), "down");
        sinergi(o, settings, "up", "-d", "--offline");
        o.reload(System.getenv());
        visits.forgetToken();
    }

    private static void sinergi(Options o, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(o.repo.resolve("sinergi").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(o.repo.toFile()).inheritIO();
        pb.environment().keySet().removeIf(k -> k.startsWith("SINERGI_") && !k.endsWith("_PORT")
                && !k.equals("SINERGI_BIND") && !k.equals("SINERGI_HOME"));
        pb.environment().putAll(env);
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("./sinergi " + String.join(" ", args) + " exited with " + exit);
        }
    }
}
