package id.go.mpp.sinergi.standins.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.standins.Callbacks;
import id.go.mpp.sinergi.standins.HttpServers;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.Stats;
import id.go.mpp.sinergi.standins.Wib;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OSS (Online Single Submission), business licensing: an API key buys a short-lived Bearer token, which reads a
 * business by its NIB with its licences; a licence status change goes to the subscriber as a signed JSON webhook.
 */
public final class OssHandler implements HttpServers.Handler {

    public static final String BASE = "/oss/api/v1";
    public static final Set<String> LICENCE_STATUSES = Set.of("TERBIT", "PROSES", "DIBEKUKAN", "DICABUT");

    public static final String TOKENS_ISSUED = "tokensIssued";
    public static final String TOKENS_REFUSED = "tokensRefused";
    public static final String LOOKUPS = "lookups";
    public static final String LICENCE_CHANGES = "licenceChanges";

    private final Stats stats;
    private final Clock clock;
    private final Callbacks callbacks;
    private final byte[] apiKey;
    private final Duration tokenLifetime;
    private final String subscriberUrl;
    private final String webhookSecret;
    private final SecureRandom tokens = new SecureRandom();
    private final Map<String, Instant> tokenExpiry = new ConcurrentHashMap<>();
    /** Business trees by NIB; the licence nodes inside them change (under this object's lock). */
    private Map<String, ObjectNode> businesses;
    private Map<String, ObjectNode> licences;
    private Map<String, String> nibOfLicence;

    public OssHandler(StandInsConfig config, Stats stats, Callbacks callbacks) {
        this.stats = stats;
        this.clock = config.clock();
        this.callbacks = callbacks;
        this.apiKey = config.ossApiKey().getBytes(StandardCharsets.UTF_8);
        this.tokenLifetime = config.ossTokenLifetime();
        this.subscriberUrl = config.ossSubscriberUrl();
        this.webhookSecret = config.ossWebhookSecret();
        for (String k : new String[] {TOKENS_ISSUED, TOKENS_REFUSED, LOOKUPS, LICENCE_CHANGES, Stats.CALLBACKS_SENT,
                Stats.CALLBACKS_FAILED, Stats.CALLBACK_ATTEMPTS_FAILED}) {
            stats.counter(k);
        }
        resetState();
    }

    @Override
    public Response handle(Request request) {
        String[] seg = request.segmentsAfter(BASE + "/");
        if (!request.path().startsWith(BASE + "/") || seg.length == 0) {
            return error(404, "Endpoint tidak ditemukan");
        }
        if (seg[0].equals("token") && seg.length == 1) {
            return request.method().equals("POST") ? token(request) : notAllowed("POST");
        }
        if (seg[0].equals("nib") && seg.length == 2) {
            return request.method().equals("GET") ? nib(request, seg[1]) : notAllowed("GET");
        }
        return error(404, "Endpoint tidak ditemukan");
    }

    private Response token(Request request) {
        String key = request.header("user_key");
        if (key == null || !MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
            stats.increment(TOKENS_REFUSED);
            return error(401, "user_key tidak valid");
        }
        Instant now = clock.instant();
        tokenExpiry.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] raw = new byte[24];
        tokens.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        tokenExpiry.put(token, now.plus(tokenLifetime));
        stats.increment(TOKENS_ISSUED);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("access_token", token);
        out.put("token_type", "Bearer");
        out.put("expires_in", tokenLifetime.toSeconds());
        return Response.json(200, out).withHeader("Cache-Control", "no-store");
    }

    private Response nib(Request request, String nib) {
        String token = request.bearerToken();
        Instant expiry = token == null ? null : tokenExpiry.get(token);
        if (expiry == null || !expiry.isAfter(clock.instant())) {
            return error(401, token == null ? "Token tidak ada" : "Token tidak valid atau kedaluwarsa")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (!nib.matches("\\d{13}")) {
            return error(400, "Format NIB tidak valid (13 digit angka)");
        }
        stats.increment(LOOKUPS);
        JsonNode business;
        synchronized (this) {
            ObjectNode found = businesses.get(nib);
            business = found == null ? null : found.deepCopy();
        }
        if (business == null) {
            return error(404, "NIB tidak ditemukan").withLog("nib=" + nib + " not found");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", 200);
        out.put("data", business);
        return Response.json(200, out).withLog("nib=" + nib);
    }

    /**
     * Changes a licence's status (control call) and sends the webhook to the subscriber. Empty when there is no
     * such licence; IllegalArgumentException for an unknown status.
     */
    public Optional<Map<String, Object>> changeLicenceStatus(String idIzin, String status) {
        if (!LICENCE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status_izin must be one of " + LICENCE_STATUSES);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        synchronized (this) {
            ObjectNode licence = licences.get(idIzin);
            if (licence == null) {
                return Optional.empty();
            }
            licence.put("status_izin", status);
            event.put("nib", nibOfLicence.get(idIzin));
        }
        event.put("id_izin", idIzin);
        event.put("status_izin", status);
        event.put("waktu", Wib.format(Wib.now(clock)));
        stats.increment(LICENCE_CHANGES);
        if (!subscriberUrl.isEmpty()) {
            try {
                callbacks.send("oss", stats, subscriberUrl, "application/json",
                        HttpServers.JSON.writeValueAsString(event), "X-OSS-Signature", webhookSecret);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(event);
    }

    private Response notAllowed(String allowed) {
        return error(405, "Metode tidak diizinkan").withHeader("Allow", allowed);
    }

    @Override
    public Response error(int status, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("message", status >= 500 ? "Layanan OSS sedang mengalami gangguan" : message);
        return Response.json(status, out);
    }

    @Override
    public synchronized Map<String, Object> state() {
        Instant now = clock.instant();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("businesses", businesses.size());
        out.put("licences", licences.size());
        out.put("validTokens", tokenExpiry.values().stream().filter(e -> e.isAfter(now)).count());
        out.put("tokenLifetimeSeconds", tokenLifetime.toSeconds());
        out.put("subscriberUrl", subscriberUrl);
        return out;
    }

    /** Back to the seed of {@code businesses.json}; every token forgotten. */
    @Override
    public synchronized void resetState() {
        tokenExpiry.clear();
        Map<String, ObjectNode> byNib = new LinkedHashMap<>();
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        Map<String, String> nibs = new LinkedHashMap<>();
        try (InputStream in = OssHandler.class.getResourceAsStream("businesses.json")) {
            if (in == null) {
                throw new IllegalStateException("businesses.json is missing");
            }
            for (JsonNode b : HttpServers.JSON.readTree(in)) {
                ObjectNode business = (ObjectNode) b;
                byNib.put(business.get("nib").asText(), business);
                for (JsonNode l : (ArrayNode) business.get("perizinan")) {
                    byId.put(l.get("id_izin").asText(), (ObjectNode) l);
                    nibs.put(l.get("id_izin").asText(), business.get("nib").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        businesses = byNib;
        licences = byId;
        nibOfLicence = nibs;
    }
}
