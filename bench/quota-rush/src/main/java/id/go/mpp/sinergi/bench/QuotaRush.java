package id.go.mpp.sinergi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.bench.support.Machine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * bench/quota-rush: N concurrent clients make M booking attempts for a service-day with Q online places, through the
 * HTTP API with real Keycloak tokens; then the queue database is checked (successes = bookings = claimed units, no
 * duplicates) and two pgbench ceilings are measured on the same PostgreSQL. Prints figures; asserts nothing.
 */
public final class QuotaRush {

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new QuotaRush(o).run();
    }

    private final Options o;
    private final List<String> notes = new ArrayList<>();

    private QuotaRush(Options o) {
        this.o = o;
    }

    private void run() throws Exception {
        System.out.printf("quota-rush %s  cores=%d  java=%s%n", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("  target=%s (%s)  clients=%d attempts=%d quota=%d users=%d http-client=%s%n",
                o.target.name().toLowerCase(), o.api(), o.clients, o.attempts, o.quota, o.users,
                o.clientMode.name().toLowerCase().replace('_', '-'));
        System.out.printf("  keycloak=%s  postgres=%s:%d%n%n", o.keycloak(), o.stack.host(), o.stack.postgresPort());

        Citizens.Result citizens = null;
        if (o.tokens) {
            System.out.println("== citizens and tokens (not timed)");
            citizens = new Citizens(o).provision(o.users, o.minTokenSeconds);
            citizens.notes().forEach(n -> System.out.println("  note: " + n));
            notes.addAll(citizens.notes());
            System.out.printf("  users: %d created, %d already there, in %.1f s (partialImport, %d per request)%n",
                    citizens.created(), citizens.skipped(), citizens.createSeconds(), Citizens.IMPORT_BATCH);
            System.out.printf("  tokens: %d in %.1f s = %.0f/s (password grant, %d concurrent; password policy '%s')%n",
                    citizens.tokens().size(), citizens.tokenSeconds(), citizens.tokens().size() / citizens.tokenSeconds(),
                    o.tokenThreads, citizens.passwordPolicy());
            Instant firstExpiry = citizens.tokens().stream().map(Citizens.Token::expires).min(Comparator.naturalOrder())
                    .orElseThrow();
            System.out.printf("  token lifespan %d s; first token expires %s (in %d s)%n%n", citizens.tokenLifespanSeconds(),
                    firstExpiry, firstExpiry.getEpochSecond() - Instant.now().getEpochSecond());
        }

        Round last = null;
        List<Round> rounds = new ArrayList<>();
        if (o.rush) {
            String admin = new Citizens(o).token(Citizens.REALM, Citizens.CLIENT, "admin.mpp", "admin-demo");
            for (int n = 1; n <= o.rounds; n++) {
                if (o.rounds > 1) {
                    System.out.printf("######## round %d of %d%n", n, o.rounds);
                }
                last = round(n, admin, citizens);
                rounds.add(last);
            }
        }

        Ceilings.Result ceilings = null;
        if (o.ceilings) {
            System.out.printf("== pgbench ceilings (-M prepared -n -T %d, -j min(clients,2); same server)%n", o.pgbenchSeconds);
            ceilings = new Ceilings(o).run();
            notes.addAll(ceilings.notes());
            System.out.println();
        }
        summary(citizens, last, rounds, ceilings);
    }

    /** One round: a new bench service, the warm-up, the timed rush, the check. */
    private Round round(int n, String admin, Citizens.Result citizens) throws Exception {
        String round = o.rounds > 1 ? "round " + n + ": " : "";
        Rush rush = new Rush(o);
        String code = "bench-" + Instant.now().getEpochSecond();
        String anyCitizen = citizens.tokens().get(0).accessToken();
        System.out.println("== set-up (not timed)");
        Rush.Day day = rush.prepare(admin, code, o.quota, anyCitizen);
        System.out.printf("  service %s at %s, day %s: %d slots %s, online quota %d%n", day.serviceCode(), o.mpp,
                day.date(), day.slots().size(), day.capacity(), day.onlineQuota());
        if (day.onlineQuota() != o.quota) {
            notes.add(round + "the day offers " + day.onlineQuota() + " places, not the requested " + o.quota);
        }
        if (o.warmup > 0) {
            Rush.Day warm = rush.prepare(admin, code + "-w", Math.max(1, o.warmup / 4), anyCitizen);
            long t0 = System.nanoTime();
            rush.warmReads(day, anyCitizen, o.warmup, o.clients);
            Rush.Outcome w = rush.rush(warm, citizens.tokens(), Math.min(o.clients, 50), o.warmup, false);
            System.out.printf("  warm-up: %d slot reads + %d bookings on %s (%d booked, %d errors) in %.1f s%n",
                    o.warmup, o.warmup, warm.serviceCode(), w.booked.sum(), w.errors.sum(),
                    (System.nanoTime() - t0) / 1e9);
            if (w.errors.sum() > 0) {
                System.out.println("  warm-up answers: " + w.otherKinds.keySet() + " e.g. " + w.unexpected.peek());
            }
        }
        System.out.println();
        System.out.println("== rush (timed)");
        double busy = Machine.waitQuiet(o.quietWaitSeconds, "the rush");
        System.out.printf("  machine %.0f%% busy just before the rush%n", busy);
        if (busy > Machine.QUIET_BUSY_PERCENT) {
            notes.add(round + "the CPUs were " + Math.round(busy) + "% busy (all processes, the stack included) just"
                    + " before the rush; see the CPU line for who used them during it");
        }
        Rush.Outcome outcome = rush.rush(day, citizens.tokens(), o.clients, o.attempts, true);
        String cpu = Machine.cpuSplit(outcome.cpuBefore, outcome.cpuAfter, o.runDir());
        printOutcome(outcome);
        if (o.latencyFile != null) {
            outcome.writeLatencies(o.latencyFile, n);
        }
        System.out.println("  CPU during the rush: " + cpu);
        if (Machine.othersPercent(cpu) > 20) {
            notes.add(round + "other processes used CPU during the rush (" + cpu + "): figures are pessimistic");
        }
        if (o.rounds == 1 && Machine.jitPercent(cpu) > JIT_WARM_PERCENT) {
            notes.add(notWarm("the stack's JIT compilers used " + Math.round(Machine.jitPercent(cpu)) + "% of a core"));
        }
        JsonNode after = new Http().get(rush.slotsUrl(day.serviceCode(), day.date()), anyCitizen).json();
        int slotsLeft = after.path("available").asInt(-1);
        if (slotsLeft < 0) {
            slotsLeft = 0;
            for (JsonNode s : after.path("slots")) {
                slotsLeft += s.path("available").asInt();
            }
        }
        System.out.println();
        System.out.println("== check in the queue database");
        Rush.Check check = rush.check(day, outcome);
        printCheck(check, outcome, slotsLeft);
        System.out.println();
        return new Round(n, day, outcome, check, slotsLeft, cpu);
    }

    /** The rushes of the rounds in which the stack's JIT compilers were quiet (see {@link #JIT_WARM_PERCENT}). */
    private static List<Rush.Outcome> warmRushes(List<Round> rounds) {
        return rounds.stream().filter(r -> Machine.jitPercent(r.cpu()) <= JIT_WARM_PERCENT).map(Round::outcome).toList();
    }

    private static String notWarm(String what) {
        return what + " during the rush: its JVMs were still compiling, so this is not their warm speed (a freshly"
                + " started stack needs ≈ 15 rounds on 2 cores; --rounds)";
    }

    /** The stack's JIT compilers' share of a core during a rush above which the rush is flagged as not warm. */
    static final double JIT_WARM_PERCENT = 5;

    private record Round(int number, Rush.Day day, Rush.Outcome outcome, Rush.Check check, int slotsLeft, String cpu) {

        boolean exact() {
            return check != null && check.error() == null && outcome.booked.sum() == day.onlineQuota()
                    && check.duplicates() == 0 && check.bookingsActive() == outcome.booked.sum()
                    && check.claimedUnits() == outcome.booked.sum() && check.slotsOverCapacity() == 0;
        }
    }

    private void printOutcome(Rush.Outcome out) {
        System.out.printf("  attempts %d in %.2f s = %.0f attempts/s%n", out.attempts, out.seconds(), out.throughput());
        System.out.printf("  201 booked %d | 409 booking-slot-full %d | 409 booking-already-held %d | other %d%n",
                out.booked.sum(), out.slotFull.sum(), out.alreadyHeld.sum(), out.errors.sum());
        out.otherKinds.forEach((k, v) -> System.out.printf("    %s: %d%n", k, v.sum()));
        out.unexpected.forEach(u -> System.out.println("    e.g. " + u));
        System.out.printf("  sold out after %.2f s = %.0f bookings/s%n", out.sellOutSeconds(), out.sellOutRate());
        System.out.printf("  latency ms: mean %.1f  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", out.meanMs(),
                out.percentileMs(50), out.percentileMs(95), out.percentileMs(99), out.percentileMs(100));
        System.out.println("  " + out.phases());
        System.out.print("  answers over time:\n" + out.timeline(250));
    }

    private void printCheck(Rush.Check c, Rush.Outcome out, int slotsLeft) {
        if (c.error() != null) {
            System.out.println("  could not check: " + c.error());
            return;
        }
        System.out.printf("  client 201s %d | active bookings %d (all statuses %d) | claimed units %d of %d rows%n",
                out.booked.sum(), c.bookingsActive(), c.bookingsAll(), c.claimedUnits(), c.unitRows());
        System.out.printf("  units claimed twice %d | citizens with 2+ active bookings %d | client 201s not in DB %d"
                + " | DB bookings no client saw %d | active bookings without a unit %d%n", c.unitsClaimedTwice(),
                c.citizensWithTwo(), c.clientBookedMissing(), c.dbNotSeenByClient(), c.bookingsWithoutUnit());
        StringBuilder slots = new StringBuilder();
        c.perSlot().forEach((k, v) -> slots.append(' ').append(k).append('=').append(v[1]).append('/').append(v[0]));
        System.out.printf("  per slot claimed/capacity:%s | slots over capacity %d | API says %d places left%n", slots,
                c.slotsOverCapacity(), slotsLeft);
    }

    private void summary(Citizens.Result citizens, Round last, List<Round> rounds, Ceilings.Result ceilings) {
        Rush.Day day = last == null ? null : last.day();
        Rush.Outcome out = last == null ? null : last.outcome();
        Rush.Check check = last == null ? null : last.check();
        int slotsLeft = last == null ? -1 : last.slotsLeft();
        StringBuilder s = new StringBuilder();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        s.append("```text\n");
        s.append(String.format("quota-rush %s, %d cores, Java %s%s%n", today, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ceilings != null ? ", " + shortVersion(ceilings.serverVersion()) : ""));
        if (citizens != null) {
            s.append(String.format("tokens: %d users created in %.1f s; %d tokens in %.1f s (%.0f/s, %d concurrent, policy '%s')%n",
                    citizens.tokens().size(), citizens.createSeconds(), citizens.tokens().size(), citizens.tokenSeconds(),
                    citizens.tokens().size() / citizens.tokenSeconds(), o.tokenThreads, citizens.passwordPolicy()));
        }
        double throughput = Double.NaN;
        double sellOut = Double.NaN;
        if (out != null) {
            throughput = out.throughput();
            sellOut = out.sellOutRate();
            s.append(String.format("rush: target %s, %d clients (%s HTTP client), %d attempts, quota %d (%s, %d slots)%n",
                    o.target.name().toLowerCase(), o.clients, o.clientMode.name().toLowerCase().replace('_', '-'),
                    out.attempts, day.onlineQuota(), day.date(), day.slots().size()));
            s.append(String.format("  attempts      %d%n", out.attempts));
            s.append(String.format("  successes     %d   (must equal Q = %d)%n", out.booked.sum(), day.onlineQuota()));
            s.append(String.format("  duplicates    %s   (must be 0)%n", check == null || check.error() != null ? "not checked"
                    : check.duplicates() + " = " + check.unitsClaimedTwice() + " units claimed twice + "
                    + check.citizensWithTwo() + " citizens with 2+ + " + check.clientBookedMissing() + " 201s not in DB"));
            if (check != null && check.error() == null) {
                s.append(String.format("  in DB         %d active bookings, %d claimed units, %d slots over capacity, %d places left%n",
                        check.bookingsActive(), check.claimedUnits(), check.slotsOverCapacity(), slotsLeft));
            }
            s.append(String.format("  rejected      %d slot-full, %d already-held, %d other%n", out.slotFull.sum(),
                    out.alreadyHeld.sum(), out.errors.sum()));
            s.append(String.format("  throughput    %.0f attempts/s (%.2f s); sold out in %.2f s = %.0f bookings/s%n",
                    throughput, out.seconds(), out.sellOutSeconds(), sellOut));
            s.append(String.format("  latency       p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (max %.1f)%n", out.percentileMs(50),
                    out.percentileMs(95), out.percentileMs(99), out.percentileMs(100)));
            s.append(String.format("  phases        %s%n", out.phases()));
            s.append(String.format("  CPU           %s%n", last.cpu()));
        }
        if (rounds.size() > 1) {
            s.append(String.format("rounds: %d on this stack (the figures above are the last round's)%n", rounds.size()));
            s.append("  round  attempts/s  sold out s  p50 ms  p99 ms  stack JIT %  exact\n");
            int warm = 0;
            int warmUnder = 0;
            for (Round r : rounds) {
                double jit = Machine.jitPercent(r.cpu());
                s.append(String.format("  %5d  %10.0f  %10.2f  %6.1f  %6.1f  %11.0f  %s%n", r.number(),
                        r.outcome().throughput(), r.outcome().sellOutSeconds(), r.outcome().percentileMs(50),
                        r.outcome().percentileMs(99), jit, r.exact() ? "yes" : "NO"));
                if (jit <= JIT_WARM_PERCENT) {
                    warm++;
                    warmUnder += r.outcome().percentileMs(99) < 100 ? 1 : 0;
                }
            }
            s.append(String.format("  warm rounds (stack's JIT compilers <= %.0f%% of a core during the rush): %d;"
                    + " p99 < 100 ms in %d of them; exact (Q bookings, 0 duplicates) in %d of %d rounds%n",
                    JIT_WARM_PERCENT, warm, warmUnder, rounds.stream().filter(Round::exact).count(), rounds.size()));
            List<Rush.Outcome> warmRushes = warmRushes(rounds);
            if (!warmRushes.isEmpty()) {
                double[] p = Rush.Outcome.pooledPercentilesMs(warmRushes);
                s.append(String.format("  warm rounds together (%d attempts): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (max %.1f)%n",
                        warmRushes.stream().mapToInt(o -> o.latencyNanos.length).sum(), p[0], p[1], p[2], p[3]));
            }
            List<String> compiling = rounds.stream().filter(r -> Machine.jitPercent(r.cpu()) > JIT_WARM_PERCENT)
                    .map(r -> String.valueOf(r.number())).toList();
            if (!compiling.isEmpty()) {
                notes.add(notWarm("in round(s) " + String.join(", ", compiling) + " the stack's JIT compilers used more"
                        + " than " + Math.round(JIT_WARM_PERCENT) + "% of a core"));
            }
        }
        if (ceilings != null) {
            s.append(String.format("ceilings: pgbench -M prepared, %d s per run, same server (max_connections %d)%n",
                    o.pgbenchSeconds, ceilings.maxConnections()));
            s.append(String.format("  %-9s", "clients"));
            for (int c : o.pgbenchClients) {
                s.append(String.format("%8d", c));
            }
            s.append('\n');
            for (String script : List.of(Ceilings.A, Ceilings.B)) {
                s.append(String.format("  (%s) tps ", script.equals(Ceilings.A) ? "a" : "b"));
                for (int c : o.pgbenchClients) {
                    Ceilings.Run r = ceilings.at(script, c);
                    s.append(r == null || r.problem() != null ? String.format("%8s", "error")
                            : String.format("%8.0f", r.tps()) + (r.clients() != c ? "*" : ""));
                }
                s.append('\n');
            }
            Ceilings.Run a = ceilings.best(Ceilings.A);
            Ceilings.Run b = ceilings.best(Ceilings.B);
            Ceilings.Run b200 = ceilings.at(Ceilings.B, 200);
            if (a != null) {
                s.append(String.format("  (a) own booking tx, best   %.0f tps at %d clients (latency %.2f ms)%n", a.tps(),
                        a.clients(), a.latencyMs()));
            }
            if (b != null) {
                s.append(String.format("  (b) naive hot row, best    %.0f tps at %d clients (latency %.2f ms)%n", b.tps(),
                        b.clients(), b.latencyMs()));
            }
            if (b200 != null && b200.problem() == null) {
                s.append(String.format("  (b) naive hot row, %d cl.  %.0f tps (latency %.2f ms)%n", b200.clients(),
                        b200.tps(), b200.latencyMs()));
            }
            if (out != null && a != null && b != null) {
                s.append(String.format("ratios (attempts/s):  platform/(a) %.2f (target >= 0.5)   platform/(b) %.2f (target >= 1.0)%n",
                        throughput / a.tps(), throughput / b.tps()));
                s.append(String.format("ratios (bookings/s while selling out):  /(a) %.2f   /(b) %.2f%n",
                        sellOut / a.tps(), sellOut / b.tps()));
            }
        }
        if (out != null) {
            boolean ok = rounds.stream().allMatch(Round::exact);
            List<Rush.Outcome> warmRushes = warmRushes(rounds);
            // One rush's p99 rests on its 100 slowest attempts; with warm rounds, all their attempts together decide.
            String p99 = rounds.size() > 1 && !warmRushes.isEmpty()
                    ? (Rush.Outcome.pooledPercentilesMs(warmRushes)[2] < 100 ? "met" : "NOT MET")
                            + " (warm rounds together)"
                    : out.percentileMs(99) < 100 ? "met" : "NOT MET";
            s.append(String.format("targets: successes = Q and 0 duplicates%s: %s; p99 < 100 ms: %s",
                    rounds.size() > 1 ? " (every round)" : "", ok ? "met" : "NOT MET", p99));
            if (ceilings != null && ceilings.best(Ceilings.A) != null && ceilings.best(Ceilings.B) != null) {
                s.append(String.format("; >= 0.5 x (a): %s; >= 1.0 x (b): %s",
                        throughput >= 0.5 * ceilings.best(Ceilings.A).tps() ? "met" : "NOT MET",
                        throughput >= ceilings.best(Ceilings.B).tps() ? "met" : "NOT MET"));
            }
            s.append('\n');
        }
        for (String n : notes) {
            s.append("note: ").append(n).append('\n');
        }
        s.append("```\n");
        System.out.println("== summary (paste into bench/quota-rush/README.md)");
        System.out.print(s);
    }

    private static String shortVersion(String v) {
        String[] parts = v.split(" ");
        return parts.length > 1 ? parts[0] + " " + parts[1] : v;
    }
}
