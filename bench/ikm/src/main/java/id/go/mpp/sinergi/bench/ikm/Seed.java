package id.go.mpp.sinergi.bench.ikm;

import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Step 1 (not a target, but its catch-up rate is a figure): tops MPP bench-ikm up to {@code --responses} survey
 * responses. What the IKM holds (the respondents of bench-ikm in {@code ikm_day}, once the live projection has no lag)
 * is counted first; the missing ones are produced as {@code survey-response-submitted} records, CloudEvents binary
 * mode as the outbox relay sends them, with a plain producer; then the step waits until survey-service's projection
 * has applied them all and reports its rate and where the CPU went.
 */
final class Seed {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final List<String> AGENCIES = List.of("imigrasi", "dukcapil", "dpmptsp", "bpjs-kesehatan", "samsat");
    static final int SERVICES_PER_AGENCY = 6;
    static final int DAYS = 730;
    /** survey-service's consumer of the live projection (IkmProjection.CONSUMER, processed_event.consumer). */
    static final String PROJECTION = "survey-service-ikm";
    /** complaint-service's group on the same topic (survey follow-ups). */
    static final String COMPLAINT_GROUP = "complaint-service";

    private static final String[] SEX = {"LAKI_LAKI", "PEREMPUAN"};
    private static final String[] AGE = {"UNDER_20", "FROM_20_TO_29", "FROM_30_TO_39", "FROM_40_TO_49",
            "FROM_50_TO_59", "FROM_60"};
    private static final String[] EDUCATION = {"SD", "SMP", "SMA", "D1_D3", "D4_S1", "S2", "S3"};
    private static final String[] OCCUPATION = {"PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "PELAJAR_MAHASISWA",
            "LAINNYA"};
    private static final String[] COMMENTS = {"Pelayanan cepat dan ramah, terima kasih.",
            "Antrean terlalu lama, mohon ditambah loket.", "Petugas sangat membantu menjelaskan persyaratan.",
            "Ruang tunggu panas, AC tidak berfungsi."};

    record Result(long before, long produced, double produceSeconds, double catchUpSeconds, double catchUpPerSecond,
                  String cpu) {
    }

    private Seed() {
    }

    /** The service code of agency {@code a}'s {@code s}-th service (0-based), e.g. {@code samsat-3}. */
    static String service(int a, int s) {
        return AGENCIES.get(a) + "-" + (s + 1);
    }

    static Result run(Options o, Connection db, Kafka kafka) throws Exception {
        System.out.printf("%n== 1. Seed: MPP %s, %,d responses wanted (%d agencies x %d services, service days over"
                + " the last %d days)%n", o.mpp, o.responses, AGENCIES.size(), SERVICES_PER_AGENCY, DAYS);
        // What is still in flight counts too: wait until the live projection has committed the whole topic.
        waitNoLag(kafka, o.seedTimeoutSeconds);
        long before = respondents(db, o.mpp);
        long missing = o.responses - before;
        System.out.printf("  the IKM holds %,d responses of %s (%,d processed events of %s in all)%n", before, o.mpp,
                processed(db), PROJECTION);
        if (missing <= 0) {
            System.out.println("  nothing to add");
            return new Result(before, 0, 0, 0, Double.NaN, null);
        }

        Machine.waitQuiet(o.quietWaitSeconds, "the seed");
        Machine.Snapshot s0 = Machine.Snapshot.take();
        long t0 = System.nanoTime();
        long produced = produce(o, kafka, before, missing);
        double produceSeconds = (System.nanoTime() - t0) / 1e9;
        Machine.Snapshot sp = Machine.Snapshot.take();
        System.out.printf("  produced %,d records to %s in %.1f s (%,.0f/s)%n", produced, Topics.SURVEY_EVENTS,
                produceSeconds, produced / produceSeconds);
        System.out.printf("    CPU while producing: %s%n", Machine.cpuSplitByComponent(s0, sp, o.runDir()));
        protectComplaintService(kafka);

        // The projection's catch-up: from the first record produced until the IKM holds them all.
        long target = before + missing;
        long deadline = t0 + o.seedTimeoutSeconds * 1_000_000_000L;
        long lastPrint = System.nanoTime();
        long lastCount = before;
        long lastProgress = System.nanoTime();
        long count = before;
        double at10 = Double.NaN;
        double at90 = Double.NaN;
        while (count < target) {
            Thread.sleep(2000);
            count = respondents(db, o.mpp);
            long now = System.nanoTime();
            double elapsed = (now - t0) / 1e9;
            if (Double.isNaN(at10) && count - before >= missing / 10) {
                at10 = elapsed;
            }
            if (Double.isNaN(at90) && count - before >= missing * 9 / 10) {
                at90 = elapsed;
            }
            if (count > lastCount) {
                lastProgress = now;
            }
            if (now - lastPrint >= 30_000_000_000L || count >= target) {
                System.out.printf("    %6.0f s: %,d of %,d applied (%,.0f/s over the last %.0f s)%n", elapsed,
                        count - before, missing, (count - lastCount) / ((now - lastPrint) / 1e9),
                        (now - lastPrint) / 1e9);
                lastPrint = now;
                lastCount = count;
            }
            if (now - lastProgress > 120_000_000_000L) {
                throw new IllegalStateException("the projection made no progress for 120 s at " + count + " of "
                        + target + " (dead-letter topic? survey-service log)");
            }
            if (now > deadline) {
                throw new IllegalStateException(String.format("the projection had applied %,d of %,d after %d s"
                        + " (--seed-timeout): seed fewer (--responses) or wait longer", count - before, missing,
                        o.seedTimeoutSeconds));
            }
        }
        double catchUp = (System.nanoTime() - t0) / 1e9;
        Machine.Snapshot s1 = Machine.Snapshot.take();
        String cpu = Machine.cpuSplitByComponent(s0, s1, o.runDir());
        double rate = missing / catchUp;
        System.out.printf("  the live projection applied %,d responses in %.1f s from the first record produced:"
                + " %,.0f responses/s (10%% .. 90%%: %,.0f/s)%n", missing, catchUp, rate,
                missing * 0.8 / (at90 - at10));
        System.out.printf("    CPU during the catch-up: %s%n", cpu);
        System.out.printf("  now: %,d responses of %s in %,d unit-days and %,d unit-months%n", respondents(db, o.mpp),
                o.mpp, rows(db, "ikm_day", o.mpp), rows(db, "ikm_month", o.mpp));
        return new Result(before, missing, produceSeconds, catchUp, rate, cpu);
    }

    /**
     * {@code count} responses, contents drawn from {@code --random-seed} and what the IKM held before (so a top-up
     * is deterministic too); event ids random, so no rerun is ever mistaken for a redelivery.
     */
    private static long produce(Options o, Kafka kafka, long before, long count) throws Exception {
        Random r = new Random(o.randomSeed * 1_000_003L + before);
        LocalDate today = LocalDate.now(WIB);
        String type = EventCatalog.typeOf(SurveyResponseSubmitted.class);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024),
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, lz4() ? "lz4" : "none");
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (long i = 0; i < count && failure.get() == null; i++) {
                int a = r.nextInt(AGENCIES.size());
                int s = r.nextInt(SERVICES_PER_AGENCY);
                LocalDate day = today.minusDays(1 + r.nextInt(DAYS));
                Instant submitted = day.atTime(8 + r.nextInt(8), r.nextInt(60), r.nextInt(60)).atZone(WIB)
                        .toInstant().plusSeconds(3600L * r.nextInt(30));
                List<Integer> scores = new ArrayList<>(9);
                for (int u = 0; u < 9; u++) {
                    scores.add(1 + r.nextInt(4));
                }
                SurveyResponseSubmitted e = new SurveyResponseSubmitted(uuid(r), uuid(r), uuid(r),
                        (char) ('A' + a) + "-" + String.format("%03d", 1 + r.nextInt(400)), o.mpp, AGENCIES.get(a),
                        service(a, s), "L" + (1 + r.nextInt(4)), day, submitted, scores,
                        r.nextInt(10) == 0 ? COMMENTS[r.nextInt(COMMENTS.length)] : null,
                        r.nextInt(10) < 9 ? SEX[r.nextInt(SEX.length)] : null,
                        r.nextInt(10) < 8 ? AGE[r.nextInt(AGE.length)] : null,
                        r.nextInt(10) < 7 ? EDUCATION[r.nextInt(EDUCATION.length)] : null,
                        r.nextInt(10) < 7 ? OCCUPATION[r.nextInt(OCCUPATION.length)] : null,
                        r.nextInt(10) < 6 ? "CODE" : "ACCOUNT");
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SURVEY_EVENTS, e.aggregateId(),
                        EventJson.write(e));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_source", "/sinergi/bench-ikm");
                header(record, "ce_type", type);
                header(record, "ce_subject", e.subject());
                header(record, "ce_time", submitted.toString());
                header(record, "content-type", "application/json");
                producer.send(record, (meta, ex) -> {
                    if (ex != null) {
                        failure.compareAndSet(null, ex);
                    } else {
                        acked.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("producing failed after " + acked.get() + " records", failure.get());
        }
        return acked.get();
    }

    /**
     * complaint-service (not running in this bench) opens a follow-up complaint for every response with an unsur
     * scored 2 or below: nearly all of the seeded ones. Unless it is running, its group is moved past the seeded
     * records so that a later start does not file them; the bench says what it did.
     */
    private static void protectComplaintService(Kafka kafka) throws Exception {
        int members = kafka.members(COMPLAINT_GROUP);
        if (members > 0) {
            System.out.printf("  NOTE: complaint-service is consuming %s (%d member(s)): it files a follow-up for"
                    + " every seeded response with a score <= 2, and shares the CPUs%n", Topics.SURVEY_EVENTS, members);
            return;
        }
        Map<TopicPartition, Long> before = kafka.committed(COMPLAINT_GROUP, Topics.SURVEY_EVENTS);
        Map<TopicPartition, Long> end = kafka.endOffsets(Topics.SURVEY_EVENTS);
        kafka.moveGroup(COMPLAINT_GROUP, end);
        System.out.printf("  complaint-service's group moved past the seeded records on %s (its follow-ups of low"
                + " scores): %s -> %s%n", Topics.SURVEY_EVENTS, before.isEmpty() ? "none committed" : before, end);
    }

    /** Waits until the live projection has committed every record of the topic (it may still have a backlog). */
    static void waitNoLag(Kafka kafka, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long lag = kafka.lag(PROJECTION, Topics.SURVEY_EVENTS);
        if (lag > 0) {
            System.out.printf("  survey-service's projection has %,d records to go on %s: waiting for it%n", lag,
                    Topics.SURVEY_EVENTS);
        }
        while (lag > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            lag = kafka.lag(PROJECTION, Topics.SURVEY_EVENTS);
        }
        if (lag > 0) {
            throw new IllegalStateException("the projection still lags by " + lag + " records");
        }
    }

    private static boolean lz4() {
        try {
            Class.forName("net.jpountz.lz4.LZ4Factory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String uuid(Random r) {
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL)
                | 0x8000000000000000L).toString();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    static long respondents(Connection db, String mpp) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select coalesce(sum(respondents), 0) from ikm_day where mpp_code = ?")) {
            s.setString(1, mpp);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long processed(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from processed_event where consumer = ?")) {
            s.setString(1, PROJECTION);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long rows(Connection db, String table, String mpp) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from " + table + " where mpp_code = ?")) {
            s.setString(1, mpp);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
