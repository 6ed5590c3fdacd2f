package id.go.mpp.sinergi.adapter.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterDescriptor;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.HmacSignatures;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;
import id.go.mpp.sinergi.events.agency.BusinessIdentityChecked;
import id.go.mpp.sinergi.events.agency.LicenceStatusChanged;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OSS (Online Single Submission), business licensing at DPMPTSP: checks a business identity number (NIB) and its
 * licences ({@value #CHECK_NIB}, requested by the gateway, not derived from events), and turns OSS's signed licence
 * webhooks into {@code licence-status-changed} events. JSON; an API key buys a short-lived Bearer token
 * ({@link AccessTokens}). Company names never leave this class: a sole trader's business name is the person's.
 *
 * <p>Settings: {@code url} (OSS's base URL), {@code api-key}, {@code webhook-secret}.
 */
public class OssAdapter implements AgencyAdapter {

    public static final String AGENCY = "dpmptsp";
    public static final String SYSTEM = "OSS";
    /** Payload: {@code nib}, {@code subjectId} (visit or booking), {@code mppCode}, {@code checkId}. */
    public static final String CHECK_NIB = "check-nib";
    /** The operation of OSS's licence webhooks in the message log. */
    public static final String LICENCE_WEBHOOK = "licence-webhook";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPTED_WEBHOOK = "{\"status\":200,\"message\":\"OK\"}";

    private HttpClient http;
    private URI base;
    private String webhookSecret;
    private AccessTokens tokens;
    private Duration timeout;
    private Clock clock;

    @Override
    public AdapterDescriptor descriptor() {
        return new AdapterDescriptor(AGENCY, SYSTEM, Set.of(), Set.of(CHECK_NIB));
    }

    @Override
    public void start(AdapterContext context) {
        String url = context.required("url");
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.webhookSecret = context.required("webhook-secret");
        this.clock = context.clock();
        this.timeout = context.timeout().minusMillis(Math.min(200, context.timeout().toMillis() / 5));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(Math.min(1000, timeout.toMillis())))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.tokens = new AccessTokens(http, base.resolve("oss/api/v1/token"), context.required("api-key"), clock,
                timeout);
    }

    @Override
    public AgencyReply send(AgencyRequest request) throws IOException, InterruptedException {
        if (!CHECK_NIB.equals(request.operation())) {
            return AgencyReply.giveUp(null, "OSS offers no operation " + request.operation());
        }
        String nib = request.payload().get("nib");
        if (nib == null || !nib.matches("\\d{13}")) {
            return notFound(request, "400", "not an NIB (13 digits)");
        }
        HttpResponse<String> response;
        try {
            String token = tokens.current();
            response = lookup(nib, token);
            if (response.statusCode() == 401) {
                // OSS forgot the token before its time (restart, revocation): one fresh token, then it is our setup
                tokens.refused(token);
                response = lookup(nib, tokens.current());
            }
        } catch (AccessTokens.ApiKeyRefused refused) {
            return AgencyReply.giveUp("401", refused.getMessage() + ": fix the api-key setting, then retry");
        }
        int status = response.statusCode();
        if (status >= 500 || status == 408 || status == 429) {
            throw new IOException("OSS answered HTTP " + status);
        }
        if (status == 404 || status == 400) {
            return notFound(request, Integer.toString(status), status == 404 ? "OSS knows no such NIB"
                    : "OSS refused the NIB's format");
        }
        if (status != 200) {
            return AgencyReply.giveUp(Integer.toString(status), "OSS answered HTTP " + status
                    + (status == 401 ? " to a fresh token" : ""));
        }
        return checked(request, nib, business(response.body()));
    }

    private HttpResponse<String> lookup(String nib, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("oss/api/v1/nib/" + nib)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode business(String body) throws IOException {
        JsonNode data;
        try {
            data = JSON.readTree(body).path("data");
        } catch (IOException unreadable) {
            throw new IOException("OSS's answer is not JSON", unreadable);
        }
        if (!data.isObject() || !data.path("status_nib").isTextual()) {
            throw new IOException("OSS's answer has no data.status_nib");
        }
        return data;
    }

    /** Only the NIB's status and each licence's id and status are kept; names and activities are not. */
    private AgencyReply checked(AgencyRequest request, String nib, JsonNode business) {
        String nibStatus = business.path("status_nib").asText();
        Map<String, String> licences = new LinkedHashMap<>();
        for (JsonNode licence : business.path("perizinan")) {
            if (licence.path("id_izin").isTextual()) {
                licences.put(licence.path("id_izin").asText(), licence.path("status_izin").asText(null));
            }
        }
        String outcome = "AKTIF".equals(nibStatus) ? "VALID" : "INACTIVE";
        Map<String, String> attributes = Map.of("outcome", outcome, "nibStatus", nibStatus,
                "licences", Integer.toString(licences.size()));
        return AgencyReply.done("200", attributes, List.of(event(request, nib, outcome, nibStatus, licences)));
    }

    private AgencyReply notFound(AgencyRequest request, String code, String message) {
        String nib = request.payload().get("nib");
        return AgencyReply.refused(code, message, Map.of("outcome", "NOT_FOUND"),
                List.of(event(request, nib, "NOT_FOUND", null, Map.of())));
    }

    private BusinessIdentityChecked event(AgencyRequest request, String nib, String outcome, String nibStatus,
                                          Map<String, String> licences) {
        Map<String, String> payload = request.payload();
        return new BusinessIdentityChecked(payload.getOrDefault("subjectId", request.subjectId()),
                payload.getOrDefault("checkId", request.idempotencyKey()),
                payload.getOrDefault("mppCode", request.mppCode()), AGENCY, nib, outcome, nibStatus, licences,
                clock.instant());
    }

    /** OSS's licence webhook {@code {"nib","id_izin","status_izin","waktu"}}, signed with {@code X-OSS-Signature}. */
    @Override
    public InboundReply receive(InboundCall call) {
        if (!HmacSignatures.matches(webhookSecret, call.header("X-OSS-Signature"), call.body())) {
            return InboundReply.refused(401, "X-OSS-Signature missing or wrong");
        }
        JsonNode webhook;
        try {
            webhook = JSON.readTree(call.body());
        } catch (IOException e) {
            return InboundReply.refused(400, "not a JSON document");
        }
        if (webhook == null || !webhook.path("nib").isTextual() || !webhook.path("id_izin").isTextual()
                || !webhook.path("status_izin").isTextual()) {
            return InboundReply.refused(400, "expected {\"nib\",\"id_izin\",\"status_izin\",\"waktu\"}");
        }
        String nib = webhook.path("nib").asText();
        LicenceStatusChanged changed = new LicenceStatusChanged(nib, webhook.path("id_izin").asText(), AGENCY,
                webhook.path("status_izin").asText(), timeOf(webhook.path("waktu").asText(null)));
        return InboundReply.accepted("application/json", ACCEPTED_WEBHOOK, nib, LICENCE_WEBHOOK, null,
                List.of(changed));
    }

    private Instant timeOf(String waktu) {
        try {
            return waktu == null ? clock.instant() : OffsetDateTime.parse(waktu).toInstant();
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    /** A GET of the token endpoint: OSS answers it (405) without issuing a token or counting a lookup. */
    @Override
    public AdapterHealth probe() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("oss/api/v1/token"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500
                    ? AdapterHealth.up("OSS answers at " + base.getAuthority())
                    : AdapterHealth.down("OSS answered HTTP " + response.statusCode());
        } catch (IOException e) {
            return AdapterHealth.down(base.getAuthority() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AdapterHealth.unknown("interrupted");
        }
    }
}
