package id.go.mpp.sinergi.standins.dukcapil;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.standins.HttpServers;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import id.go.mpp.sinergi.standins.Masking;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.Stats;
import id.go.mpp.sinergi.standins.Wib;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dukcapil's element verification for partners ({@code POST /dukcapil/api/v1/verifikasi-elemen}): per element sent,
 * {@code Sesuai} / {@code Tidak Sesuai} (with a score for fuzzy ones), never the data itself; failures as a
 * {@code RESPONSE_CODE} with HTTP 200.
 */
public final class DukcapilHandler implements HttpServers.Handler {

    public static final String PATH = "/dukcapil/api/v1/verifikasi-elemen";

    /** The RESPONSE_CODEs this stand-in answers (README.md lists them for the adapter). */
    public static final String CODE_CREDENTIALS = "01";
    public static final String CODE_IP = "02";
    public static final String CODE_BAD_REQUEST = "03";
    public static final String CODE_QUOTA = "05";
    public static final String CODE_NIK_FORMAT = "11";
    public static final String CODE_NOT_FOUND = "13";
    public static final String CODE_INACTIVE = "14";
    public static final String CODE_DECEASED = "15";
    public static final String CODE_SERVER_ERROR = "99";

    public static final String VERIFICATIONS_ANSWERED = "verificationsAnswered";
    public static final String VERIFICATIONS_REFUSED = "verificationsRefused";
    public static final String QUOTA_EXHAUSTED = "quotaExhausted";

    /** Elements in the order they are answered; the fuzzy ones get a score. */
    static final List<String> ELEMENTS = List.of("NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "ALAMAT",
            "NO_RT", "NO_RW", "KEL_NAME", "KEC_NAME", "KAB_NAME", "PROP_NAME");
    static final Set<String> FUZZY = Set.of("NAMA_LGKP", "TMPT_LHR", "ALAMAT", "KEL_NAME", "KEC_NAME", "KAB_NAME",
            "PROP_NAME");

    private static final int DEFAULT_THRESHOLD = 90;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Population population = Population.seed();
    private final Stats stats;
    private final Clock clock;
    private final String userId;
    private final String password;
    private final Set<String> allowedIps;
    private final int dailyQuota;
    private LocalDate quotaDay;
    private int usedToday;

    public DukcapilHandler(StandInsConfig config, Stats stats) {
        this.stats = stats;
        this.clock = config.clock();
        this.userId = config.dukcapilUserId();
        this.password = config.dukcapilPassword();
        this.allowedIps = config.dukcapilAllowedIps();
        this.dailyQuota = config.dukcapilDailyQuota();
        stats.counter(VERIFICATIONS_ANSWERED);
        stats.counter(VERIFICATIONS_REFUSED);
        stats.counter(QUOTA_EXHAUSTED);
    }

    public Population population() {
        return population;
    }

    @Override
    public Response handle(Request request) {
        if (!request.path().equals(PATH)) {
            return error(404, "Layanan tidak ditemukan");
        }
        if (!request.method().equals("POST")) {
            return error(405, "Metode tidak diizinkan").withHeader("Allow", "POST");
        }
        JsonNode body;
        try {
            body = HttpServers.JSON.readTree(request.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return refuse(CODE_BAD_REQUEST, "Permintaan tidak valid: badan permintaan bukan JSON", null);
        }
        if (!userId.equals(text(body, "user_id")) || !password.equals(text(body, "password"))) {
            return refuse(CODE_CREDENTIALS, "User ID atau password tidak valid", null);
        }
        String ip = text(body, "ip_user");
        if (ip == null || !(allowedIps.contains("*") || allowedIps.contains(ip))) {
            return refuse(CODE_IP, "IP " + (ip == null ? "(kosong)" : ip) + " tidak terdaftar untuk user ini", null);
        }
        if (!takeFromQuota()) {
            stats.increment(QUOTA_EXHAUSTED);
            return refuse(CODE_QUOTA, "Kuota akses harian telah habis, silakan coba kembali besok", null);
        }
        String nik = text(body, "NIK");
        Integer threshold = threshold(body);
        if (threshold == null) {
            return refuse(CODE_BAD_REQUEST, "Permintaan tidak valid: TRESHOLD harus angka 0-100", nik);
        }
        if (nik == null || !nik.matches("\\d{16}")) {
            return refuse(CODE_NIK_FORMAT, "Format NIK tidak valid (harus 16 digit angka)", nik);
        }
        Optional<Population.Person> found = population.find(nik);
        if (found.isEmpty()) {
            return refuse(CODE_NOT_FOUND, "Data tidak ditemukan", nik);
        }
        Population.Person person = found.get();
        if (person.status() == Population.Status.MENINGGAL) {
            return refuse(CODE_DECEASED, "Data penduduk telah meninggal dunia", nik);
        }
        if (person.status() == Population.Status.TIDAK_AKTIF) {
            return refuse(CODE_INACTIVE, "Data tidak aktif (pindah/ganda)", nik);
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put("NIK", "Sesuai");
        int matched = 0;
        for (String element : ELEMENTS) {
            if (!body.has(element)) {
                continue;
            }
            String sent = body.get(element).isNull() ? "" : body.get(element).asText();
            String known = person.elements().getOrDefault(element, "");
            String answer;
            if (FUZZY.contains(element)) {
                int score = Similarity.score(sent, known);
                answer = (score >= threshold ? "Sesuai" : "Tidak Sesuai") + " (" + score + ")";
            } else {
                answer = exactMatch(element, sent, known) ? "Sesuai" : "Tidak Sesuai";
            }
            matched += answer.startsWith("Sesuai") ? 1 : 0;
            result.put(element, answer);
        }
        stats.increment(VERIFICATIONS_ANSWERED);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("content", List.of(result));
        page.put("lastPage", true);
        page.put("numberOfElements", 1);
        page.put("sort", null);
        page.put("totalElements", 1);
        page.put("firstPage", true);
        page.put("number", 0);
        page.put("size", 1);
        return Response.json(200, page).withLog("nik=" + Masking.nik(nik) + " sesuai=" + matched + "/"
                + (result.size() - 1));
    }

    private static boolean exactMatch(String element, String sent, String known) {
        String a = sent.trim().toUpperCase(java.util.Locale.ROOT);
        String b = known.trim().toUpperCase(java.util.Locale.ROOT);
        switch (element) {
            case "TGL_LHR":
                try {
                    return LocalDate.parse(a, DATE).equals(LocalDate.parse(b, DATE));
                } catch (DateTimeParseException e) {
                    return false;
                }
            case "NO_RT":
            case "NO_RW":
                if (a.matches("\\d{1,4}") && b.matches("\\d{1,4}")) {
                    return Integer.parseInt(a) == Integer.parseInt(b);
                }
                return a.equals(b);
            default:
                return a.equals(b);
        }
    }

    private Response refuse(String code, String message, String nik) {
        stats.increment(VERIFICATIONS_REFUSED);
        return failure(200, code, message).withLog((nik == null ? "" : "nik=" + Masking.nik(nik) + " ")
                + "RESPONSE_CODE=" + code);
    }

    private static Response failure(int status, String code, String message) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("RESPONSE_CODE", code);
        content.put("RESPONSE", message);
        return Response.json(status, Map.of("content", List.of(content)));
    }

    @Override
    public Response error(int status, String message) {
        return failure(status, CODE_SERVER_ERROR, status >= 500
                ? "Terjadi kesalahan pada sistem, silakan coba beberapa saat lagi" : message);
    }

    private synchronized boolean takeFromQuota() {
        LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
        if (!today.equals(quotaDay)) {
            quotaDay = today;
            usedToday = 0;
        }
        if (usedToday >= dailyQuota) {
            return false;
        }
        usedToday++;
        return true;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText().trim();
    }

    private static Integer threshold(JsonNode body) {
        JsonNode v = body.get("TRESHOLD");
        if (v == null || v.isNull()) {
            return DEFAULT_THRESHOLD;
        }
        try {
            double d = v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText().trim());
            return d >= 0 && d <= 100 ? (int) Math.ceil(d) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public synchronized Map<String, Object> state() {
        Map<String, Object> out = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(Wib.ZONE));
        out.put("partner", userId);
        out.put("dailyQuota", dailyQuota);
        out.put("quotaUsedToday", today.equals(quotaDay) ? usedToday : 0);
        out.put("quotaDay", today.toString());
        out.put("population", population.all().size());
        return out;
    }

    @Override
    public synchronized void resetState() {
        quotaDay = null;
        usedToday = 0;
    }
}
