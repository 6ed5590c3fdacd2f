package id.go.mpp.sinergi.bench.agency;

import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.Percentiles;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 20's measured targets for the agency adapters: with the Dukcapil stand-in at 50 ms latency and 10 % errors,
 * ≥ 200 identity verifications/s sustained through the gateway's adapter with p99 from request to
 * {@code identity-verified} < 1 s; Dukcapil down for 5 minutes under 50 requests/s: 0 lost, 0 duplicates, the backlog
 * drained at ≥ 500/s once it returns; the rate limiter's overhead per request (on vs off). Prints figures and
 * asserts nothing (bench/agency/README.md says how to read them).
 */
public final class AgencyBench {

    static final double TARGET_PER_SECOND = 200;
    static final double TARGET_P99_MILLIS = 1000;
    static final double TARGET_DRAIN_PER_SECOND = 500;

    private AgencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, System.getenv());
        Machine.printHeader("bench/agency", o.repo);
        System.out.printf("  gateway %s (rate limiter %s), Dukcapil stand-in control %s, Kafka %s%n", o.api(),
                Overhead.limiterOf(o), o.control(), o.kafka());
        System.out.printf("  running services' settings: %s%n", Overhead.settingsOfRunningStack(o));
        List<String> verdicts = new ArrayList<>();
        Visits visits = new Visits(o);
        Dukcapil dukcapil = new Dukcapil(o, visits);
        Thread refresher = new Thread(() -> {
            boolean told = false;
            while (true) {
                try {
                    Thread.sleep(5000);
                    visits.kioskToken(); // fetched here, ahead of the senders (Keycloak is away while restarting)
                    told = false;
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    if (!told) {
                        System.out.println("  (kiosk token: " + e + ")");
                        told = true;
                    }
                }
            }
        }, "token-refresh");
        refresher.setDaemon(true);
        refresher.start();
        try (Connection db = DriverManager.getConnection(o.gatewayJdbc(), Options.GATEWAY_ROLE, Options.GATEWAY_ROLE);
             Outcomes outcomes = o.steps.contains(Options.Step.THROUGHPUT) || o.steps.contains(Options.Step.OUTAGE)
                     ? new Outcomes(o.kafka()) : null) {
            db.setAutoCommit(true);
            if (o.steps.contains(Options.Step.THROUGHPUT)) {
                throughput(o, visits, dukcapil, outcomes, db, verdicts);
            }
            if (o.steps.contains(Options.Step.OUTAGE)) {
                Outage.run(o, visits, dukcapil, outcomes, db, verdicts);
            }
            if (o.steps.contains(Options.Step.OVERHEAD)) {
                Overhead.run(o, visits, db, verdicts);
            }
        }
        System.out.printf("%n== Targets (issue 20)%n");
        verdicts.forEach(v -> System.out.println("  " + v));
        System.exit(0);
    }

    // ---------------------------------------------------------------- part 1: sustained rate

    private static void throughput(Options o, Visits visits, Dukcapil dukcapil, Outcomes outcomes, Connection db,
                                   List<String> verdicts) throws Exception {
        System.out.printf("%n== 1. Sustained: POST %s/visits/{visit}/identity-verifications as the kiosk, open loop,"
                        + " %d s per rate; Dukcapil stand-in %d ms, %.0f %% HTTP 500%n", o.api(), o.seconds,
                o.latencyMs, o.errorRate * 100);
        dukcapil.faults(o.latencyMs, o.errorRate, false);
        if (o.warmupSeconds > 0) {
            List<String> v = visits.issue(o.warmupRate * o.warmupSeconds, db);
            System.out.printf("  warm-up: %d/s for %d s (not judged)%n", o.warmupRate, o.warmupSeconds);
            List<Offer.Request> warm = Offer.run(o, visits, v, o.warmupRate);
            waitOutcomes(warm, outcomes, o.drainTimeoutSeconds);
        }
        double best = 0;
        String bestLine = "none";
        for (int rate : o.rates) {
            List<String> v = visits.issue(rate * o.seconds, db);
            double busy = Machine.waitQuiet(o.quietWaitSeconds, "the run at " + rate + "/s");
            Dukcapil.Stats before = dukcapil.stats();
            Machine.Snapshot a = Machine.Snapshot.take();
            long t0 = System.nanoTime();
            List<Offer.Request> requests = Offer.run(o, visits, v, rate);
            double offerSeconds = (System.nanoTime() - t0) / 1e9;
            Machine.Snapshot b = Machine.Snapshot.take();
            long waited = waitOutcomes(requests, outcomes, o.drainTimeoutSeconds);
            Dukcapil.Stats calls = dukcapil.stats().minus(before);
            Run run = Run.of(requests, outcomes);
            double endToEnd = run.accepted / Math.max(1e-9, (run.lastOutcomeNanos - run.firstDueNanos) / 1e9);
            System.out.printf("%n  offered %d/s: %,d requests in %.1f s; answers %s; accepted (202) p50 %.1f p99 %.1f"
                            + " max %.1f ms (from when due)%n", rate, requests.size(), offerSeconds,
                    Offer.statuses(requests), run.acceptP50, run.acceptP99, run.acceptMax);
            if (!Offer.firstError(requests).isEmpty()) {
                System.out.printf("    first refusal: %s%n", Offer.firstError(requests));
            }
            System.out.printf("    identity-verified on Kafka: %,d of %,d accepted (%s), %,d within the offer =  %.0f/s;"
                            + " all %,d by %.1f s after the first was due = %.0f/s%n", run.withOutcome, run.accepted,
                    run.outcomes, run.withinOffer, run.withinOffer / offerSeconds, run.withOutcome,
                    (run.lastOutcomeNanos - run.firstDueNanos) / 1e9, endToEnd);
            System.out.printf("    request → identity-verified received: p50 %.0f  p95 %.0f  p99 %.0f  max %.0f ms%s%n",
                    run.p50, run.p95, run.p99, run.max, run.withOutcome < run.accepted
                            ? String.format(" (%,d without an outcome after %d s count as endless)",
                            run.accepted - run.withOutcome, waited) : "");
            System.out.printf("    duplicates: %,d verifications with 2+ events; Dukcapil stand-in: %s%n",
                    outcomes.duplicated(run.ids), calls.summary());
            System.out.printf("    gateway tables: %s%n", Checks.of(db, v).summary());
            System.out.printf("    CPU during the offer: %s%s%n", Machine.cpuSplitByComponent(a, b, o.runDir()),
                    busy > Machine.QUIET_BUSY_PERCENT ? String.format(" (machine %.0f%% busy before)", busy) : "");
            double sustained = Math.min(run.withinOffer / offerSeconds, endToEnd);
            if (run.p99 < TARGET_P99_MILLIS && run.withOutcome == run.accepted && sustained > best) {
                best = sustained;
                bestLine = String.format("%d/s offered: %.0f/s, p99 %.0f ms", rate, sustained, run.p99);
            }
        }
        verdicts.add(String.format("sustained verifications/s with p99 request → identity-verified < 1 s: best %s"
                + " (target ≥ 200/s): %s", bestLine, best >= TARGET_PER_SECOND ? "met" : "NOT met"));
    }

    /** Waits until every accepted request has its event (or the timeout); returns the seconds waited. */
    static long waitOutcomes(List<Offer.Request> requests, Outcomes outcomes, int timeoutSeconds)
            throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean all = requests.stream().filter(Offer.Request::accepted)
                    .allMatch(r -> outcomes.of(r.verificationId) != null);
            if (all) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(1000); // late duplicates
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }

    /** The figures of one offer, from its requests and their events. */
    static final class Run {
        int accepted;
        int withOutcome;
        int withinOffer;
        long firstDueNanos;
        long lastDueNanos;
        long lastOutcomeNanos;
        double p50;
        double p95;
        double p99;
        double max;
        double acceptP50;
        double acceptP99;
        double acceptMax;
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> ids = new ArrayList<>();

        static Run of(List<Offer.Request> requests, Outcomes events) {
            Run run = new Run();
            run.firstDueNanos = requests.get(0).dueNanos;
            run.lastDueNanos = requests.get(requests.size() - 1).dueNanos;
            long lastAnswer = requests.stream().mapToLong(r -> r.answeredNanos).max().orElse(run.lastDueNanos);
            long[] e2e = new long[requests.size()];
            long[] accept = new long[requests.size()];
            int n = 0;
            for (Offer.Request r : requests) {
                accept[n] = r.answeredNanos - r.dueNanos;
                if (!r.accepted()) {
                    e2e[n++] = Long.MAX_VALUE;
                    continue;
                }
                run.accepted++;
                run.ids.add(r.verificationId);
                Outcomes.Outcome o = events.of(r.verificationId);
                if (o == null) {
                    e2e[n++] = Long.MAX_VALUE;
                    continue;
                }
                run.withOutcome++;
                run.outcomes.merge(o.outcome(), 1, Integer::sum);
                run.lastOutcomeNanos = Math.max(run.lastOutcomeNanos, o.receivedNanos());
                if (o.receivedNanos() <= Math.max(run.lastDueNanos, lastAnswer)) {
                    run.withinOffer++;
                }
                e2e[n++] = o.receivedNanos() - r.dueNanos;
            }
            Arrays.sort(e2e, 0, n);
            Arrays.sort(accept, 0, n);
            run.p50 = millis(e2e, n, 50);
            run.p95 = millis(e2e, n, 95);
            run.p99 = millis(e2e, n, 99);
            run.max = millis(e2e, n, 100);
            run.acceptP50 = Percentiles.nearestRankMillis(accept, n, 50);
            run.acceptP99 = Percentiles.nearestRankMillis(accept, n, 99);
            run.acceptMax = Percentiles.nearestRankMillis(accept, n, 100);
            return run;
        }

        private static double millis(long[] sorted, int n, double p) {
            double v = Percentiles.nearestRankMillis(sorted, n, p);
            return v >= Long.MAX_VALUE / 1e6 - 1 ? Double.POSITIVE_INFINITY : v;
        }
    }
}
