package id.go.mpp.sinergi.bench.agency;

import id.go.mpp.sinergi.bench.support.Machine;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Part 2: Dukcapil down (its socket closed: connection refused) while requests arrive at {@code --outage-rate}/s for
 * {@code --outage-seconds}; then up again (with part 1's latency and errors) and the backlog watched until every
 * accepted request has its {@code identity-verified} event. Lost = accepted without an event; duplicates = events
 * or verifications twice, or Dukcapil answering more verifications than were accepted.
 */
final class Outage {

    private Outage() {
    }

    static void run(Options o, Visits visits, Dukcapil dukcapil, Outcomes outcomes, Connection db,
                    List<String> verdicts) throws Exception {
        System.out.printf("%n== 2. Outage: Dukcapil down for %d s while %d requests/s arrive, then up (%d ms, %.0f %%"
                + " HTTP 500) until the backlog is empty%n", o.outageSeconds, o.outageRate, o.latencyMs,
                o.errorRate * 100);
        List<String> v = visits.issue(o.outageRate * o.outageSeconds, db);
        dukcapil.faults(o.latencyMs, o.errorRate, false);
        Machine.waitQuiet(o.quietWaitSeconds, "the outage");
        Dukcapil.Stats before = dukcapil.stats();
        dukcapil.faults(o.latencyMs, o.errorRate, true);
        long down = System.nanoTime();
        Machine.Snapshot a = Machine.Snapshot.take();
        List<Offer.Request> requests = Offer.run(o, visits, v, o.outageRate);
        long offered = System.nanoTime();
        Machine.Snapshot b = Machine.Snapshot.take();
        // the offer's last request was due outageSeconds after the first: Dukcapil stays down that long
        long upAt = down + o.outageSeconds * 1_000_000_000L;
        while (System.nanoTime() < upAt) {
            Thread.sleep(50);
        }
        int accepted = (int) requests.stream().filter(Offer.Request::accepted).count();
        int doneWhileDown = (int) requests.stream().filter(Offer.Request::accepted)
                .filter(r -> outcomes.of(r.verificationId) != null).count();
        AgencyBench.Run whileDown = AgencyBench.Run.of(requests, outcomes);
        System.out.printf("  while down (%.0f s): %,d requests, answers %s, accepted p50 %.1f p99 %.1f max %.1f ms;"
                        + " %,d outcomes while down%n", (offered - down) / 1e9, requests.size(),
                Offer.statuses(requests), whileDown.acceptP50, whileDown.acceptP99, whileDown.acceptMax,
                doneWhileDown);
        System.out.printf("  gateway tables before the return: %s%n", Checks.of(db, v).summary());
        int backlog = accepted - doneWhileDown;
        dukcapil.faults(o.latencyMs, o.errorRate, false);
        long up = System.nanoTime();
        Machine.Snapshot c = Machine.Snapshot.take();
        System.out.printf("  Dukcapil up again: backlog %,d; done after the return (s: count, per second):%n   ",
                backlog);
        long deadline = up + o.drainTimeoutSeconds * 1_000_000_000L;
        int lastDone = doneWhileDown;
        long lastTick = up;
        double peak = 0;
        int ticks = 0;
        StringBuilder line = new StringBuilder();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            int done = (int) requests.stream().filter(Offer.Request::accepted)
                    .filter(r -> outcomes.of(r.verificationId) != null).count();
            long now = System.nanoTime();
            double rate = (done - lastDone) / ((now - lastTick) / 1e9);
            peak = Math.max(peak, rate);
            lastDone = done;
            lastTick = now;
            if (++ticks % 5 == 0 || done >= accepted) {
                line.append(String.format(" %d: %,d (%.0f/s);", Math.round((now - up) / 1e9), done - doneWhileDown,
                        rate));
            }
            if (done >= accepted) {
                break;
            }
        }
        Machine.Snapshot d = Machine.Snapshot.take();
        System.out.println(line);
        Thread.sleep(2000); // late duplicates
        List<Long> after = new ArrayList<>();
        for (Offer.Request r : requests) {
            if (r.accepted() && outcomes.of(r.verificationId) != null
                    && outcomes.of(r.verificationId).receivedNanos() >= up) {
                after.add(outcomes.of(r.verificationId).receivedNanos());
            }
        }
        after.sort(Long::compare);
        AgencyBench.Run run = AgencyBench.Run.of(requests, outcomes);
        int lost = accepted - run.withOutcome;
        double drainSeconds = after.isEmpty() ? Double.NaN : (after.get(after.size() - 1) - up) / 1e9;
        double firstSeconds = after.isEmpty() ? Double.NaN : (after.get(0) - up) / 1e9;
        double drain = after.size() / drainSeconds;
        double drainFromFirst = after.size() / Math.max(1e-9, drainSeconds - firstSeconds);
        Dukcapil.Stats calls = dukcapil.stats().minus(before);
        Checks.Db checks = Checks.of(db, v);
        long duplicateEvents = outcomes.duplicated(run.ids);
        long extraCalls = Math.max(0, calls.answered() + calls.refused() - accepted);
        System.out.printf("  backlog of %,d drained in %.1f s = %.0f/s (first outcome %.1f s after the return; from"
                        + " it %.0f/s; best second %.0f/s)%n", after.size(), drainSeconds, drain, firstSeconds,
                drainFromFirst, peak);
        System.out.printf("  outcomes %s; lost (accepted, no event) %,d; verifications with 2+ events %,d%n",
                run.outcomes, lost, duplicateEvents);
        System.out.printf("  Dukcapil stand-in over the whole part: %s; answered beyond one per accepted request: %,d%n",
                calls.summary(), extraCalls);
        System.out.printf("  gateway tables: %s%n", checks.summary());
        System.out.printf("  CPU while down: %s%n", Machine.cpuSplitByComponent(a, b, o.runDir()));
        System.out.printf("  CPU while draining: %s%n", Machine.cpuSplitByComponent(c, d, o.runDir()));
        long duplicates = duplicateEvents + checks.visitsWithTwo() + extraCalls;
        verdicts.add(String.format("outage %d s at %d/s: %,d accepted, %,d lost, %,d duplicates (target 0 and 0): %s",
                o.outageSeconds, o.outageRate, accepted, lost, duplicates,
                lost == 0 && duplicates == 0 && accepted == requests.size() ? "met" : "NOT met"));
        verdicts.add(String.format("backlog drain after the return: %.0f/s (from the first outcome %.0f/s; target"
                + " ≥ 500/s): %s", drain, drainFromFirst, drain >= AgencyBench.TARGET_DRAIN_PER_SECOND ? "met"
                : "NOT met"));
    }
}
