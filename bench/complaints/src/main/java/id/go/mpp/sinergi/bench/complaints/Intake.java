package id.go.mpp.sinergi.bench.complaints;

import id.go.mpp.sinergi.bench.support.Latencies;
import id.go.mpp.sinergi.bench.support.Machine;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Step 2: N clients, each on its own keep-alive connection with one request in flight, {@code POST
 * /api/v1/complaints} without a token (a visitor without an account: the answer carries the secret) for a fixed time,
 * after an untimed warm-up. 201 is a complaint taken; anything else counts as an error.
 */
final class Intake {

    /** The figure issue 18 asks for. */
    static final double TARGET_PER_SECOND = 500;

    private static final String[] SUBJECTS = {"Antrean paspor", "Petugas loket", "Papan panggilan", "Ruang tunggu",
            "Pelayanan KTP-el", "Sistem OSS", "Nomor antrean online", "Parkir MPP", "Toilet lantai dua",
            "AC ruang tunggu", "Jadwal wawancara paspor", "Blanko KTP-el", "Mesin kiosk", "Informasi persyaratan",
            "Petugas keamanan", "Pembayaran PNBP", "Foto paspor", "Pengambilan paspor", "Akta kelahiran",
            "Kartu keluarga"};
    private static final String[] PROBLEMS = {"tidak bergerak hampir dua jam", "mati sejak pagi",
            "meminta biaya tambahan", "tidak ramah kepada lansia", "penuh dan panas", "tidak sesuai jadwal",
            "sering gangguan", "tidak menjawab pertanyaan", "ditutup sebelum jam layanan", "antre tanpa kepastian",
            "rusak dan kotor", "berbeda dengan di situs web", "hilang dari sistem", "diminta kembali minggu depan",
            "tidak ada petunjuk arah"};
    private static final String[] DETAILS = {"mohon diperbaiki", "sudah tiga kali datang", "saya datang pukul 08.00",
            "anak saya ikut menunggu", "tolong ditindaklanjuti", "kejadian hari Senin", "sangat mengecewakan",
            "mohon penjelasan", "terima kasih", "harap ada perbaikan segera"};

    record Result(int clients, double seconds, Latencies latencies, double perSecond, long inDatabase, String cpu) {
    }

    private Intake() {
    }

    static List<Result> run(Options o, Connection db) throws Exception {
        System.out.printf("%n== 2. Intake: POST %s/complaints without a token (%s, agency %s, %s texts), %d s per"
                        + " rush after %d s of warm-up%n", o.api(), o.mpp, o.agency, o.intakeText, o.intakeSeconds,
                o.intakeWarmupSeconds);
        List<Result> results = new ArrayList<>();
        AtomicLong serial = new AtomicLong();
        for (int clients : o.intakeClients) {
            if (o.intakeWarmupSeconds > 0) {
                rush(o, clients, o.intakeWarmupSeconds, serial);
            }
            double busy = Machine.waitQuiet(o.quietWaitSeconds, "the intake");
            Instant from = Instant.now();
            Machine.Snapshot a = Machine.Snapshot.take();
            long t0 = System.nanoTime();
            Latencies l = rush(o, clients, o.intakeSeconds, serial);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Machine.Snapshot b = Machine.Snapshot.take();
            Instant to = Instant.now();
            long stored;
            try (PreparedStatement s = db.prepareStatement(
                    "select count(*) from complaint where submitted_at >= ? and submitted_at <= ? and channel = 'WEB'"
                            + " and description like '%(bench intake %'")) {
                s.setTimestamp(1, Timestamp.from(from));
                s.setTimestamp(2, Timestamp.from(to));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    stored = r.getLong(1);
                }
            }
            String cpu = Machine.cpuSplitByComponent(a, b, o.runDir());
            Result result = new Result(clients, seconds, l, l.ok() / seconds, stored, cpu);
            results.add(result);
            System.out.printf("  %3d clients: %,7d taken in %.1f s = %,6.0f complaints/s  %s  errors %s"
                            + "  [in the database: %,d]%n", clients, l.ok(), seconds, result.perSecond(), l.summary(),
                    l.errors(), stored);
            System.out.printf("               CPU: %s%s%n", cpu,
                    busy > Machine.QUIET_BUSY_PERCENT ? String.format(" (machine %.0f%% busy before)", busy) : "");
        }
        return results;
    }

    /** {@code clients} threads posting complaints until {@code seconds} have passed. */
    private static Latencies rush(Options o, int clients, int seconds, AtomicLong serial) throws Exception {
        Latencies l = new Latencies();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        URI api = URI.create(o.api());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (RawHttp conn = Options.connection(api)) {
                    while (System.nanoTime() < end) {
                        String body = body(o, serial.incrementAndGet());
                        long t0 = System.nanoTime();
                        try {
                            RawHttp.Answer a = conn.post("/complaints", body);
                            long took = System.nanoTime() - t0;
                            if (a.status() == 201) {
                                l.ok(took);
                            } else {
                                l.error(Integer.toString(a.status()), took);
                            }
                        } catch (Exception e) {
                            l.error(e.getClass().getSimpleName(), System.nanoTime() - t0);
                            conn.close();
                        }
                    }
                }
            }, "intake-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return l;
    }

    /** A complaint as a visitor writes it: one of 3,000 texts alike in pieces (as real ones are), and a serial. */
    private static String body(Options o, long serial) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        if (o.intakeText.equals("random")) {
            // One 64-letter "word": its trigrams are all but unique, so pg_trgm's GIN index answers the duplicate
            // suggestion from posting lists of a few entries.
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < 64; c++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            return "{\"category\":\"PENGADUAN\",\"description\":\"" + b + " (bench intake " + serial
                    + ").\",\"mppCode\":\"" + o.mpp + "\",\"agencyCode\":\"" + o.agency + "\"}";
        }
        String text = SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + PROBLEMS[r.nextInt(PROBLEMS.length)] + ", "
                + DETAILS[r.nextInt(DETAILS.length)] + " (bench intake " + serial + ").";
        return "{\"category\":\"PENGADUAN\",\"description\":\"" + text + "\",\"mppCode\":\"" + o.mpp
                + "\",\"agencyCode\":\"" + o.agency + "\"}";
    }

    static String verdict(List<Result> results) {
        return results.stream().anyMatch(r -> r.perSecond() >= TARGET_PER_SECOND) ? "met" : "NOT met";
    }
}
