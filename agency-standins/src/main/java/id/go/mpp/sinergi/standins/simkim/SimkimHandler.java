package id.go.mpp.sinergi.standins.simkim;

import id.go.mpp.sinergi.standins.Callbacks;
import id.go.mpp.sinergi.standins.HttpServers;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.Stats;
import id.go.mpp.sinergi.standins.Wib;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * SIMKIM, the immigration system, for passport applications: XML over HTTP with HTTP Basic, idempotent on the
 * caller's {@code noReferensi}, and signed status callbacks that it makes later to the application's callbackUrl.
 */
public final class SimkimHandler implements HttpServers.Handler {

    public static final String BASE = "/simkim/ws";

    /** Status of an application. */
    public enum Status { DITERIMA, DIPROSES, SIAP_DIAMBIL, SELESAI, DITOLAK }

    /** Kind of service applied for. */
    public enum JenisLayanan { PASPOR_BARU, PENGGANTIAN }

    public static final String APPLICATIONS_CREATED = "applicationsCreated";
    public static final String DUPLICATES_AVOIDED = "duplicatesAvoided";
    public static final String ARRIVALS_RECORDED = "arrivalsRecorded";
    public static final String STATUS_CHANGES = "statusChanges";

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** One application, as SIMKIM keeps it. */
    public static final class Application {
        final String noPermohonan;
        final String noReferensi;
        final String kantor;
        final JenisLayanan jenisLayanan;
        final String namaPemohon;
        final LocalDate tanggalLahir;
        final String callbackUrl;
        final OffsetDateTime diterima;
        volatile Status status = Status.DITERIMA;
        volatile OffsetDateTime diperbarui;
        volatile OffsetDateTime kedatangan;

        Application(String noPermohonan, String noReferensi, String kantor, JenisLayanan jenisLayanan,
                    String namaPemohon, LocalDate tanggalLahir, String callbackUrl, OffsetDateTime now) {
            this.noPermohonan = noPermohonan;
            this.noReferensi = noReferensi;
            this.kantor = kantor;
            this.jenisLayanan = jenisLayanan;
            this.namaPemohon = namaPemohon;
            this.tanggalLahir = tanggalLahir;
            this.callbackUrl = callbackUrl;
            this.diterima = now;
            this.diperbarui = now;
        }

        public String noPermohonan() {
            return noPermohonan;
        }

        public String noReferensi() {
            return noReferensi;
        }

        public Status status() {
            return status;
        }
    }

    private final Stats stats;
    private final Clock clock;
    private final Callbacks callbacks;
    private final ScheduledExecutorService scheduler;
    private final byte[] expectedAuth;
    private final String callbackSecret;
    private final Duration processingDelay;
    private final Duration readyDelay;
    private final Map<String, Application> byNumber = new ConcurrentHashMap<>();
    private final Map<String, Application> byReference = new ConcurrentHashMap<>();
    private int sequence;

    public SimkimHandler(StandInsConfig config, Stats stats, Callbacks callbacks, ScheduledExecutorService scheduler) {
        this.stats = stats;
        this.clock = config.clock();
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.expectedAuth = (config.simkimUser() + ":" + config.simkimPassword()).getBytes(StandardCharsets.UTF_8);
        this.callbackSecret = config.simkimCallbackSecret();
        this.processingDelay = config.simkimProcessingDelay();
        this.readyDelay = config.simkimReadyDelay();
        for (String k : new String[] {APPLICATIONS_CREATED, DUPLICATES_AVOIDED, ARRIVALS_RECORDED, STATUS_CHANGES,
                Stats.CALLBACKS_SENT, Stats.CALLBACKS_FAILED, Stats.CALLBACK_ATTEMPTS_FAILED}) {
            stats.counter(k);
        }
    }

    @Override
    public Response handle(Request request) {
        String[] seg = request.segmentsAfter(BASE + "/");
        if (!request.path().startsWith(BASE + "/") || seg.length == 0) {
            return error(404, "Layanan tidak ditemukan");
        }
        String[] credentials = request.basicCredentials();
        if (credentials == null || !MessageDigest.isEqual(expectedAuth,
                (credentials[0] + ":" + credentials[1]).getBytes(StandardCharsets.UTF_8))) {
            return error(401, "Otentikasi gagal").withHeader("WWW-Authenticate", "Basic realm=\"SIMKIM\"");
        }
        if (seg[0].equals("permohonan") && seg.length == 1) {
            return request.method().equals("POST") ? create(request) : notAllowed("POST");
        }
        if (seg[0].equals("permohonan") && seg.length == 2) {
            return request.method().equals("GET") ? status(seg[1]) : notAllowed("GET");
        }
        if (seg[0].equals("kedatangan") && seg.length == 1) {
            return request.method().equals("POST") ? arrival(request) : notAllowed("POST");
        }
        return error(404, "Layanan tidak ditemukan");
    }

    private Response create(Request request) {
        Xml.Doc doc;
        try {
            doc = Xml.parse(request.body());
        } catch (IllegalArgumentException e) {
            return error(400, "XML tidak valid");
        }
        if (!doc.root().equals("permohonan")) {
            return error(400, "Elemen akar harus <permohonan>");
        }
        String ref = doc.get("noReferensi");
        String kantor = doc.get("kantor");
        String nama = doc.get("namaPemohon");
        for (String[] required : new String[][] {{"noReferensi", ref}, {"kantor", kantor}, {"namaPemohon", nama},
                {"jenisLayanan", doc.get("jenisLayanan")}, {"tanggalLahir", doc.get("tanggalLahir")}}) {
            if (required[1] == null) {
                return error(400, "Elemen <" + required[0] + "> wajib diisi");
            }
        }
        if (ref.length() > 64) {
            return error(400, "noReferensi paling panjang 64 karakter");
        }
        JenisLayanan jenis;
        try {
            jenis = JenisLayanan.valueOf(doc.get("jenisLayanan"));
        } catch (IllegalArgumentException e) {
            return error(400, "jenisLayanan harus PASPOR_BARU atau PENGGANTIAN");
        }
        LocalDate lahir;
        try {
            lahir = LocalDate.parse(doc.get("tanggalLahir"));
        } catch (DateTimeParseException e) {
            return error(400, "tanggalLahir harus berformat yyyy-MM-dd");
        }
        String callbackUrl = doc.get("callbackUrl");
        if (callbackUrl != null && !isHttpUrl(callbackUrl)) {
            return error(400, "callbackUrl harus URL http(s)");
        }
        Application app;
        boolean created = false;
        synchronized (this) {
            app = byReference.get(ref);
            if (app == null) {
                OffsetDateTime now = now();
                String no = "PMH-" + now.format(NUMBER_DATE) + "-"
                        + String.format("%06d", ++sequence);
                app = new Application(no, ref, kantor, jenis, nama, lahir, callbackUrl, now);
                byReference.put(ref, app);
                byNumber.put(no, app);
                created = true;
            }
        }
        if (created) {
            stats.increment(APPLICATIONS_CREATED);
            scheduleStep(app, Status.DITERIMA, Status.DIPROSES, processingDelay);
        } else {
            stats.increment(DUPLICATES_AVOIDED);
        }
        return Response.xml(200, Xml.write("hasil", "kode", "00", "noPermohonan", app.noPermohonan,
                "status", app.status.name())).withLog("noPermohonan=" + app.noPermohonan
                + (created ? " created" : " duplicate"));
    }

    private Response status(String no) {
        Application app = byNumber.get(no);
        if (app == null) {
            return error(404, "Permohonan " + no + " tidak ditemukan");
        }
        return Response.xml(200, Xml.write("hasil", "kode", "00", "noPermohonan", app.noPermohonan,
                "noReferensi", app.noReferensi, "kantor", app.kantor, "jenisLayanan", app.jenisLayanan.name(),
                "status", app.status.name(), "waktuDiterima", Wib.format(app.diterima),
                "waktuKedatangan", Wib.format(app.kedatangan),
                "waktuDiperbarui", Wib.format(app.diperbarui)));
    }

    private Response arrival(Request request) {
        Xml.Doc doc;
        try {
            doc = Xml.parse(request.body());
        } catch (IllegalArgumentException e) {
            return error(400, "XML tidak valid");
        }
        String no = doc.get("noPermohonan");
        if (!doc.root().equals("kedatangan") || no == null) {
            return error(400, "Dokumen harus <kedatangan> dengan <noPermohonan>");
        }
        OffsetDateTime when;
        try {
            when = doc.get("waktu") == null ? now() : parseTime(doc.get("waktu"));
        } catch (DateTimeParseException e) {
            return error(400, "waktu harus berformat ISO-8601, mis. 2026-11-23T09:15:00+07:00");
        }
        Application app = byNumber.get(no);
        if (app == null) {
            return error(404, "Permohonan " + no + " tidak ditemukan");
        }
        synchronized (app) {
            if (app.kedatangan == null) {
                app.kedatangan = when;
                stats.increment(ARRIVALS_RECORDED);
            }
        }
        return Response.xml(200, Xml.write("hasil", "kode", "00", "noPermohonan", app.noPermohonan,
                "status", app.status.name(), "waktuKedatangan", Wib.format(app.kedatangan)))
                .withLog("noPermohonan=" + no + " arrived");
    }

    /** Moves an application to {@code status} now and calls back (control call or the automatic steps). */
    public Optional<Application> changeStatus(String no, Status status) {
        Application app = byNumber.get(no);
        if (app == null) {
            return Optional.empty();
        }
        synchronized (app) {
            app.status = status;
            app.diperbarui = now();
        }
        stats.increment(STATUS_CHANGES);
        if (app.callbackUrl != null) {
            String body = Xml.write("statusPermohonan", "noPermohonan", app.noPermohonan,
                    "noReferensi", app.noReferensi, "status", status.name(), "waktu", Wib.format(app.diperbarui));
            callbacks.send("simkim", stats, app.callbackUrl, "application/xml; charset=UTF-8", body,
                    "X-Simkim-Signature", callbackSecret);
        }
        return Optional.of(app);
    }

    private void scheduleStep(Application app, Status from, Status to, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            scheduler.schedule(() -> {
                boolean move;
                synchronized (app) {
                    move = app.status == from && byNumber.get(app.noPermohonan) == app;
                }
                if (move) {
                    changeStatus(app.noPermohonan, to);
                    if (to == Status.DIPROSES) {
                        scheduleStep(app, Status.DIPROSES, Status.SIAP_DIAMBIL, readyDelay);
                    }
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the stand-ins are closing
        }
    }

    private Response notAllowed(String allowed) {
        return error(405, "Metode tidak diizinkan").withHeader("Allow", allowed);
    }

    @Override
    public Response error(int status, String message) {
        String kode = switch (status) {
            case 400 -> "40";
            case 401 -> "41";
            case 404 -> "44";
            case 405 -> "45";
            default -> status >= 500 ? "50" : Integer.toString(status / 10);
        };
        String pesan = status >= 500 ? "Sistem sedang mengalami gangguan" : message;
        return Response.xml(status, Xml.write("hasil", "kode", kode, "pesan", pesan));
    }

    @Override
    public Map<String, Object> state() {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        byNumber.values().forEach(a -> byStatus.merge(a.status, 1, Integer::sum));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("applications", byNumber.size());
        out.put("byStatus", byStatus);
        out.put("processingDelayMs", processingDelay.toMillis());
        out.put("readyDelayMs", readyDelay.toMillis());
        return out;
    }

    @Override
    public synchronized void resetState() {
        byNumber.clear();
        byReference.clear();
        sequence = 0;
    }

    private OffsetDateTime now() {
        return Wib.now(clock);
    }

    private static OffsetDateTime parseTime(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(s).atZone(Wib.ZONE).toOffsetDateTime();
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = URI.create(s);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
