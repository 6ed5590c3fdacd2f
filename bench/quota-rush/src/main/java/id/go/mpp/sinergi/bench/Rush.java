package id.go.mpp.sinergi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.Percentiles;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Set-up of the bench service, warm-up, the timed booking rush, and the check of the queue database afterwards. */
final class Rush {

    static final String SLOT_FULL = "booking-slot-full";
    static final String ALREADY_HELD = "booking-already-held";
    /** The booking endpoint, under the API's base. */
    private static final String BOOKINGS = "/bookings";

    record Day(String serviceCode, LocalDate date, List<String> slots, Map<String, Integer> capacity, int onlineQuota) {
    }

    /** What the clients saw. */
    static final class Outcome {
        int attempts;
        final LongAdder booked = new LongAdder();
        final LongAdder slotFull = new LongAdder();
        final LongAdder alreadyHeld = new LongAdder();
        final LongAdder errors = new LongAdder();
        final Map<String, LongAdder> otherKinds = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        final Set<String> bookedCodes = ConcurrentHashMap.newKeySet();
        long[] latencyNanos;
        /** When each attempt's answer was read (System.nanoTime()). */
        long[] answeredAtNanos;
        long startNanos;
        long endNanos;
        /** Who used the CPU: taken just before the first request and just after the last answer. */
        Machine.Snapshot cpuBefore;
        Machine.Snapshot cpuAfter;
        final AtomicLong lastBookedNanos = new AtomicLong();

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        double throughput() {
            return attempts / seconds();
        }

        /** Bookings per second until the last successful booking (the quota sold out). */
        double sellOutRate() {
            long last = lastBookedNanos.get();
            return last == 0 ? 0 : booked.sum() / ((last - startNanos) / 1e9);
        }

        double sellOutSeconds() {
            long last = lastBookedNanos.get();
            return last == 0 ? 0 : (last - startNanos) / 1e9;
        }

        double percentileMs(double p) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return pct(sorted, p);
        }

        /** Percentiles of all attempts of several rushes together, as if they were one: p50, p95, p99, max. */
        static double[] pooledPercentilesMs(List<Outcome> rushes) {
            long[] all = rushes.stream().flatMapToLong(o -> Arrays.stream(o.latencyNanos)).sorted().toArray();
            return new double[] {pct(all, 50), pct(all, 95), pct(all, 99), pct(all, 100)};
        }

        double meanMs() {
            return Arrays.stream(latencyNanos).average().orElse(0) / 1e6;
        }

        /** p50/p99 of the attempts answered while the quota was selling, and of those after it sold out. */
        String phases() {
            long last = lastBookedNanos.get();
            long[] selling = filtered(i -> answeredAtNanos[i] <= last);
            long[] after = filtered(i -> answeredAtNanos[i] > last);
            return String.format("while selling %d attempts: p50 %.1f ms, p99 %.1f ms; after sold out %d: p50 %.1f ms, p99 %.1f ms",
                    selling.length, pct(selling, 50), pct(selling, 99), after.length, pct(after, 50), pct(after, 99));
        }

        /**
         * One line per attempt for analysis beside other logs (GC, profilers): when it was sent and answered as
         * milliseconds of the wall clock, its latency, and whether it was answered while the quota was selling.
         */
        void writeLatencies(Path file, int round) throws IOException {
            double wallMinusMonoMs = System.currentTimeMillis() - System.nanoTime() / 1e6;
            long last = lastBookedNanos.get();
            StringBuilder s = new StringBuilder();
            if (!Files.exists(file)) {
                s.append("round,sent_epoch_ms,answered_epoch_ms,latency_ms,selling\n");
            }
            for (int i = 0; i < latencyNanos.length; i++) {
                long answered = answeredAtNanos[i];
                s.append(round).append(',')
                        .append(String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%d%n",
                                (answered - latencyNanos[i]) / 1e6 + wallMinusMonoMs, answered / 1e6 + wallMinusMonoMs,
                                latencyNanos[i] / 1e6, answered <= last ? 1 : 0));
            }
            Files.writeString(file, s, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }

        /** Attempts answered per time bucket of the rush, with their p50/p99 latency. */
        String timeline(long bucketMillis) {
            StringBuilder s = new StringBuilder();
            long bucket = bucketMillis * 1_000_000;
            for (long from = startNanos; from < endNanos; from += bucket) {
                long a = from;
                long[] in = filtered(i -> answeredAtNanos[i] > a && answeredAtNanos[i] <= a + bucket);
                s.append(String.format("    %6d-%6d ms: %5d answers, p50 %6.1f ms, p99 %6.1f ms%n", (a - startNanos) / 1_000_000,
                        (a + bucket - startNanos) / 1_000_000, in.length, pct(in, 50), pct(in, 99)));
            }
            return s.toString();
        }

        private long[] filtered(java.util.function.IntPredicate which) {
            return java.util.stream.IntStream.range(0, latencyNanos.length).filter(which).mapToLong(i -> latencyNanos[i])
                    .sorted().toArray();
        }

        private static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : Percentiles.nearestRankMillis(sorted, sorted.length, p);
        }
    }

    /** What the queue database holds afterwards. */
    record Check(long bookingsActive, long bookingsAll, long claimedUnits, long unitRows, long unitsClaimedTwice,
                 long bookingsWithoutUnit, long citizensWithTwo, long clientBookedMissing, long dbNotSeenByClient,
                 Map<String, long[]> perSlot, long slotsOverCapacity, String error) {

        long duplicates() {
            return unitsClaimedTwice + citizensWithTwo + clientBookedMissing;
        }
    }

    private final Options options;
    private final Http http = new Http();

    Rush(Options options) {
        this.options = options;
    }

    // ---------------------------------------------------------------- set-up (not timed)

    /** Creates the bench service (PUT on queue-service as the MPP admin) and picks its booking day. */
    Day prepare(String adminToken, String code, int quota, String citizenToken) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("agencyCode", options.agency);
        body.put("nameId", "Layanan uji beban " + code);
        body.put("nameEn", "Load test service " + code);
        body.put("ticketPrefix", "BEN");
        body.putArray("requirementsId").add("KTP-el");
        body.putArray("requirementsEn").add("Electronic ID card");
        body.put("feeRupiah", 0);
        body.put("serviceMinutes", 15);
        ObjectNode q = body.putObject("dailyQuota");
        q.put("regular", 0);
        q.put("priority", 0);
        q.put("online", quota);
        body.put("slaMinutes", 60);
        body.put("slotMinutes", 60);
        body.put("bookingHorizonDays", 30);
        body.put("active", true);
        JsonNode service = http.sendJson("PUT", options.queue() + "/mpps/" + options.mpp + "/services/" + code,
                adminToken, body).expect(200, 201).json();
        if (service.has("slotMinutes") && service.path("slotMinutes").asInt() != 60) {
            throw new IllegalStateException("service did not take slotMinutes: " + service);
        }
        LocalDate date = options.date != null ? options.date : nextOpenDay();
        Http.Response r = http.get(slotsUrl(code, date), citizenToken).expect(200);
        JsonNode slots = r.json();
        List<String> starts = new ArrayList<>();
        Map<String, Integer> capacity = new LinkedHashMap<>();
        for (JsonNode s : slots.path("slots")) {
            boolean bookable = !s.has("bookable") || s.path("bookable").asBoolean();
            capacity.put(s.path("start").asText(), s.path("capacity").asInt());
            if (bookable && s.path("available").asInt() > 0) {
                starts.add(s.path("start").asText());
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalStateException("no bookable slot on " + date + ": " + Http.abbreviate(r.body()));
        }
        int online = slots.has("onlineQuota") ? slots.path("onlineQuota").asInt()
                : capacity.values().stream().mapToInt(Integer::intValue).sum();
        return new Day(code, date, starts, capacity, online);
    }

    String slotsUrl(String code, LocalDate date) {
        return options.api() + "/services/" + code + "/slots?mpp=" + options.mpp + "&date=" + date;
    }

    /** The next MPP-local day after today with opening hours and not a closed day. */
    LocalDate nextOpenDay() {
        JsonNode mpp = http.get(options.queue() + "/mpps/" + options.mpp, null).expect(200).json();
        ZoneId zone = switch (mpp.path("timeZone").asText("WIB")) {
            case "WIB" -> ZoneId.of("Asia/Jakarta");
            case "WITA" -> ZoneId.of("Asia/Makassar");
            case "WIT" -> ZoneId.of("Asia/Jayapura");
            default -> ZoneId.of(mpp.path("timeZone").asText());
        };
        Set<LocalDate> closed = new HashSet<>();
        for (JsonNode c : mpp.path("closedDays")) {
            closed.add(LocalDate.parse(c.path("day").asText()));
        }
        LocalDate day = LocalDate.now(zone).plusDays(1);
        for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            if (mpp.path("openingHours").has(dow.name()) && !closed.contains(day)) {
                return day;
            }
        }
        throw new IllegalStateException("MPP " + options.mpp + " has no open day in the next 60 days");
    }

    // ---------------------------------------------------------------- the rush

    /**
     * M attempts by N clients (the native program, or N threads with {@link RawHttp}); attempt i books for citizen
     * (i mod users) a random slot of the day. Each attempt's latency runs from its request written to its whole answer
     * read.
     */
    Outcome rush(Day day, List<Citizens.Token> tokens, int clients, int attempts, boolean keepCodes) throws Exception {
        Outcome out = new Outcome();
        out.attempts = attempts;
        out.latencyNanos = new long[attempts];
        out.answeredAtNanos = new long[attempts];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        URI api = URI.create(options.api());
        URI uri = URI.create(options.api() + BOOKINGS);
        List<String> bodies = new ArrayList<>(day.slots.size());
        for (String slot : day.slots) {
            bodies.add("{\"mppCode\":\"" + options.mpp + "\",\"serviceCode\":\"" + day.serviceCode + "\",\"date\":\""
                    + day.date + "\",\"slot\":\"" + slot + "\"}");
        }
        if (options.clientMode == Options.ClientMode.NATIVE) {
            return rushNative(out, uri, bodies, tokens, clients, attempts, keepCodes);
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                RawHttp raw = new RawHttp(api);
                ready.countDown();
                try {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = next.getAndIncrement(); i < attempts; i = next.getAndIncrement()) {
                        Citizens.Token token = tokens.get(i % tokens.size());
                        String json = bodies.get(random.nextInt(bodies.size()));
                        long t0 = System.nanoTime();
                        int status;
                        String body;
                        try {
                            RawHttp.Answer r = raw.post(BOOKINGS, token.accessToken(), json);
                            status = r.status();
                            body = r.body();
                        } catch (Exception e) {
                            status = -1;
                            body = e.toString();
                        }
                        long t1 = System.nanoTime();
                        out.latencyNanos[i] = t1 - t0;
                        out.answeredAtNanos[i] = t1;
                        classify(out, status, body, t1, keepCodes);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    raw.close();
                    done.countDown();
                }
            }, "rush-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        out.cpuBefore = Machine.Snapshot.take();
        out.startNanos = System.nanoTime();
        go.countDown();
        done.await();
        out.endNanos = System.nanoTime();
        out.cpuAfter = Machine.Snapshot.take();
        return out;
    }

    /** The same rush with {@link NativeClients}: the same attempts, sent by the native program. */
    private Outcome rushNative(Outcome out, URI uri, List<String> bodies, List<Citizens.Token> tokens, int clients,
                               int attempts, boolean keepCodes) throws Exception {
        String hostHeader = RawHttp.hostHeader(uri);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<byte[]> requests = new ArrayList<>(attempts);
        for (int i = 0; i < attempts; i++) {
            requests.add(RawHttp.postRequest(hostHeader, uri.getRawPath(), tokens.get(i % tokens.size()).accessToken(),
                    bodies.get(random.nextInt(bodies.size()))));
        }
        NativeClients.Result result = new NativeClients(uri, Runtime.getRuntime().availableProcessors())
                .run(requests, clients, () -> out.cpuBefore = Machine.Snapshot.take(),
                        () -> out.cpuAfter = Machine.Snapshot.take());
        out.startNanos = result.startNanos();
        out.endNanos = result.endNanos();
        for (int i = 0; i < attempts; i++) {
            NativeClients.Answer a = result.answers()[i];
            out.latencyNanos[i] = a.answeredNanos() - a.sentNanos();
            out.answeredAtNanos[i] = a.answeredNanos();
            classify(out, a.status(), a.body(), a.answeredNanos(), keepCodes);
        }
        return out;
    }

    private static void classify(Outcome out, int status, String body, long at, boolean keepCodes) {
        if (status == 201) {
            out.booked.increment();
            out.lastBookedNanos.accumulateAndGet(at, Math::max);
            if (keepCodes) {
                try {
                    out.bookedCodes.add(Http.JSON.readTree(body).path("code").asText());
                } catch (Exception e) {
                    out.unexpected.add("201 without JSON code: " + Http.abbreviate(body));
                }
            }
            return;
        }
        String kind = "HTTP " + status;
        if (status == 409) {
            try {
                kind = "409 " + Http.JSON.readTree(body).path("code").asText("?");
            } catch (Exception e) {
                kind = "409 (no problem JSON)";
            }
            if (kind.equals("409 " + SLOT_FULL)) {
                out.slotFull.increment();
                return;
            }
            if (kind.equals("409 " + ALREADY_HELD)) {
                out.alreadyHeld.increment();
                return;
            }
        }
        out.errors.increment();
        out.otherKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (out.unexpected.size() < 5) {
            out.unexpected.add(kind + ": " + Http.abbreviate(body));
        }
    }

    /** Concurrent reads of the day's slots (JIT warm-up of the read path; results ignored). */
    void warmReads(Day day, String token, int count, int clients) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Math.min(clients, 50); t++) {
            Thread thread = new Thread(() -> {
                while (next.getAndIncrement() < count) {
                    try {
                        http.get(slotsUrl(day.serviceCode, day.date), token);
                    } catch (RuntimeException ignored) {
                        // warm-up only
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    // ---------------------------------------------------------------- the check (queue database)

    Check check(Day day, Outcome out) {
        String sqlDay = "mpp_code = ? and service_code = ? and service_date = ?";
        try (Connection c = DriverManager.getConnection(options.jdbc("queue"), Ceilings.SUPERUSER,
                Ceilings.SUPERUSER_PASSWORD)) {
            long active = count(c, "select count(*) from booking where " + sqlDay
                    + " and status in ('PENDING', 'CONFIRMED')", day);
            long all = count(c, "select count(*) from booking where " + sqlDay, day);
            long claimed = count(c, "select count(*) from booking_slot where " + sqlDay + " and booking_id is not null", day);
            long rows = count(c, "select count(*) from booking_slot where " + sqlDay, day);
            long twice = count(c, "select count(*) from (select booking_id from booking_slot where " + sqlDay
                    + " and booking_id is not null group by booking_id having count(*) > 1) x", day);
            long withoutUnit = count(c, "select count(*) from booking b where " + sqlDay.replace("mpp_code", "b.mpp_code")
                    .replace("service_code", "b.service_code").replace("service_date", "b.service_date")
                    + " and b.status in ('PENDING', 'CONFIRMED')"
                    + " and not exists (select 1 from booking_slot s where s.booking_id = b.id)", day);
            long citizensWithTwo = count(c, "select count(*) from (select citizen_id from booking where " + sqlDay
                    + " and status in ('PENDING', 'CONFIRMED') group by citizen_id having count(*) > 1) x", day);
            Set<String> dbCodes = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select code from booking where " + sqlDay)) {
                bind(ps, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dbCodes.add(rs.getString(1));
                    }
                }
            }
            long missing = out.bookedCodes.stream().filter(code -> !dbCodes.contains(code)).count();
            long notSeen = dbCodes.stream().filter(code -> !out.bookedCodes.contains(code)).count();
            Map<String, long[]> perSlot = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("select to_char(slot_start, 'HH24:MI'), count(*),"
                    + " count(booking_id) from booking_slot where " + sqlDay + " group by slot_start")) {
                bind(ps, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        perSlot.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            long over = 0;
            for (Map.Entry<String, long[]> e : perSlot.entrySet()) {
                Integer cap = day.capacity.get(e.getKey());
                if (e.getValue()[1] > e.getValue()[0] || (cap != null && e.getValue()[1] > cap)) {
                    over++;
                }
            }
            return new Check(active, all, claimed, rows, twice, withoutUnit, citizensWithTwo, missing, notSeen, perSlot,
                    over, null);
        } catch (SQLException e) {
            return new Check(-1, -1, -1, -1, -1, -1, -1, -1, -1, Collections.emptyMap(), -1, e.getMessage());
        }
    }

    private long count(Connection c, String sql, Day day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void bind(PreparedStatement ps, Day day) throws SQLException {
        ps.setString(1, options.mpp);
        ps.setString(2, day.serviceCode);
        ps.setDate(3, Date.valueOf(day.date));
    }
}
