package id.go.mpp.sinergi.adapter.dukcapil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterDescriptor;
import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.Operations;
import id.go.mpp.sinergi.events.agency.IdentityVerified;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dukcapil's element verification ("verifikasi by elemen") as partner systems call it: a POST with the partner's
 * credentials, the caller's IP, a match threshold, the NIK and the elements to compare; Dukcapil answers per element
 * {@code Sesuai} / {@code Tidak Sesuai} (a score for fuzzy ones) and never returns the data itself. Failures come as a
 * {@code RESPONSE_CODE}, each mapped to what the platform does next ({@link #outcomeOf}).
 *
 * <p>Settings: {@code url}, {@code user-id}, {@code password}, {@code caller-ip}, {@code threshold} (0–100).
 */
public class DukcapilAdapter implements AgencyAdapter {

    public static final String AGENCY = "dukcapil";

    /** Elements this adapter sends when the request has them; Dukcapil's own names. */
    static final List<String> ELEMENTS = List.of("NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "ALAMAT", "NO_RT",
            "NO_RW", "KEL_NAME", "KEC_NAME", "KAB_NAME", "PROP_NAME");

    /** The partner's day ends at midnight in Jakarta: a used-up daily quota is asked again a minute after. */
    static final ZoneId QUOTA_ZONE = ZoneId.of("Asia/Jakarta");

    private static final Pattern ANSWER = Pattern.compile("^(Sesuai|Tidak Sesuai)(?:\\s*\\((\\d{1,3})\\))?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpClient http;
    private URI url;
    private String userId;
    private String password;
    private String callerIp;
    private String threshold;
    private Duration timeout;
    private Clock clock;

    @Override
    public AdapterDescriptor descriptor() {
        return new AdapterDescriptor(AGENCY, "Dukcapil verifikasi elemen", Set.of(),
                Set.of(Operations.VERIFY_IDENTITY));
    }

    @Override
    public void start(AdapterContext context) {
        this.url = URI.create(context.required("url"));
        this.userId = context.required("user-id");
        this.password = context.required("password");
        this.callerIp = context.setting("caller-ip").orElse("127.0.0.1");
        this.threshold = context.setting("threshold").orElse("90");
        this.clock = context.clock();
        this.timeout = context.timeout().minusMillis(Math.min(200, context.timeout().toMillis() / 5));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(Math.min(1000, timeout.toMillis())))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public AgencyReply send(AgencyRequest request) throws IOException, InterruptedException {
        Map<String, String> payload = request.payload();
        ObjectNode body = JSON.createObjectNode();
        body.put("user_id", userId);
        body.put("password", password);
        body.put("ip_user", callerIp);
        body.put("TRESHOLD", threshold);
        body.put("NIK", payload.get("NIK"));
        for (String element : ELEMENTS) {
            if (payload.get(element) != null) {
                body.put(element, payload.get(element));
            }
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Dukcapil answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body()).path("content").path(0);
        } catch (IOException unreadable) {
            throw new IOException("Dukcapil's answer is not JSON", unreadable);
        }
        if (!answer.isObject()) {
            throw new IOException("Dukcapil's answer has no content");
        }
        if (answer.has("RESPONSE_CODE")) {
            return outcomeOf(answer.path("RESPONSE_CODE").asText(), answer.path("RESPONSE").asText(""), payload);
        }
        return compared(answer, payload);
    }

    /** Every element sent, as Dukcapil compared it. */
    private AgencyReply compared(JsonNode answer, Map<String, String> payload) throws IOException {
        Map<String, String> elements = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String element : ELEMENTS) {
            if (payload.get(element) == null) {
                continue;
            }
            String value = answer.path(element).asText(null);
            Matcher matcher = value == null ? null : ANSWER.matcher(value.trim());
            if (matcher == null || !matcher.matches()) {
                throw new IOException("Dukcapil's answer for " + element + " is unreadable");
            }
            elements.put(element, matcher.group(1).equals("Sesuai") ? "SESUAI" : "TIDAK_SESUAI");
            if (matcher.group(2) != null) {
                scores.put(element, Integer.parseInt(matcher.group(2)));
            }
        }
        boolean allMatch = elements.values().stream().allMatch("SESUAI"::equals);
        String outcome = allMatch ? "VERIFIED" : "NOT_MATCHED";
        Map<String, String> attributes = Map.of("outcome", outcome);
        IdentityVerified event = event(payload, outcome, elements, scores);
        return allMatch
                ? AgencyReply.done(null, attributes, List.of(event))
                : AgencyReply.askCitizen(null, "some elements do not match Dukcapil's record", attributes,
                        List.of(event));
    }

    /** What each of Dukcapil's failure codes means for the platform. */
    AgencyReply outcomeOf(String code, String text, Map<String, String> payload) throws IOException {
        return switch (code) {
            case "05" -> AgencyReply.retryLater(code, "the partner's daily quota is used up: asked again tomorrow",
                    LocalDate.now(clock.withZone(QUOTA_ZONE)).plusDays(1).atStartOfDay(QUOTA_ZONE).plusMinutes(1)
                            .toInstant());
            case "13" -> verdict(code, "NOT_FOUND", "NIK not found at Dukcapil: ask the visitor to check it", payload,
                    true);
            case "14" -> verdict(code, "INACTIVE", "the record is inactive (moved or deactivated): the visitor goes to "
                    + "Dukcapil", payload, true);
            case "15" -> verdict(code, "DECEASED", "the record is of a deceased person", payload, false);
            case "11" -> verdict(code, "REFUSED", "the NIK is not in Dukcapil's format", payload, false);
            case "01" -> AgencyReply.giveUp(code, "Dukcapil refused the partner's credentials: fix the adapter's "
                    + "settings, then retry");
            case "02" -> AgencyReply.giveUp(code, "Dukcapil refused the caller's IP address: have it registered, then "
                    + "retry");
            case "03" -> AgencyReply.giveUp(code, "Dukcapil found the request malformed: " + text);
            default -> throw new IOException("Dukcapil failed with RESPONSE_CODE " + code);
        };
    }

    private AgencyReply verdict(String code, String outcome, String message, Map<String, String> payload,
                                boolean askCitizen) {
        IdentityVerified event = event(payload, outcome, Map.of(), Map.of());
        Map<String, String> attributes = Map.of("outcome", outcome);
        return askCitizen
                ? AgencyReply.askCitizen(code, message, attributes, List.of(event))
                : AgencyReply.refused(code, message, attributes, List.of(event));
    }

    private IdentityVerified event(Map<String, String> payload, String outcome, Map<String, String> elements,
                                   Map<String, Integer> scores) {
        return new IdentityVerified(payload.get("verificationId"), payload.get("visitId"), payload.get("mppCode"),
                payload.get("requestedBy"), payload.get("requestedByAgency"), outcome, elements, scores,
                payload.get("subjectRef"), payload.get("consentScope"),
                payload.get("requestedAt") == null ? null : Instant.parse(payload.get("requestedAt")),
                clock.instant());
    }

    /** Whether Dukcapil's endpoint accepts a connection (the element call itself counts against the daily quota). */
    @Override
    public AdapterHealth probe() {
        return AdapterHealth.reachable(url);
    }
}
