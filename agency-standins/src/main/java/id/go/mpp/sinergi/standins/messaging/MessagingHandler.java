package id.go.mpp.sinergi.standins.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.standins.HttpServers;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import id.go.mpp.sinergi.standins.Masking;
import id.go.mpp.sinergi.standins.StandInsConfig;
import id.go.mpp.sinergi.standins.Stats;
import id.go.mpp.sinergi.standins.Wib;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A WhatsApp/SMS-style messaging provider for citizen notifications: Bearer token, {@code POST} a message (202 with
 * its id; the same idempotencyKey gives the same id and sends nothing twice), {@code GET} what was "sent".
 */
public final class MessagingHandler implements HttpServers.Handler {

    public static final String PATH = "/messaging/v1/messages";
    public static final Set<String> CHANNELS = Set.of("WHATSAPP", "SMS");

    public static final String MESSAGES_ACCEPTED = "messagesAccepted";
    public static final String DUPLICATES_AVOIDED = "duplicatesAvoided";

    private final Stats stats;
    private final Clock clock;
    private final byte[] token;
    private final List<Map<String, Object>> sent = new ArrayList<>();
    private final Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    private long sequence;

    public MessagingHandler(StandInsConfig config, Stats stats) {
        this.stats = stats;
        this.clock = config.clock();
        this.token = config.messagingToken().getBytes(StandardCharsets.UTF_8);
        stats.counter(MESSAGES_ACCEPTED);
        stats.counter(DUPLICATES_AVOIDED);
    }

    @Override
    public Response handle(Request request) throws IOException {
        if (!request.path().equals(PATH)) {
            return error(404, "not found");
        }
        String bearer = request.bearerToken();
        if (bearer == null || !MessageDigest.isEqual(token, bearer.getBytes(StandardCharsets.UTF_8))) {
            return problem(401, "unauthorized", "missing or invalid bearer token")
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        return switch (request.method()) {
            case "POST" -> send(request);
            case "GET" -> list(request.query().get("to"));
            default -> error(405, "method not allowed").withHeader("Allow", "GET, POST");
        };
    }

    private Response send(Request request) {
        JsonNode body;
        try {
            body = HttpServers.JSON.readTree(request.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return problem(400, "invalid_request", "body must be a JSON object");
        }
        String to = text(body, "to");
        String channel = text(body, "channel");
        String template = text(body, "template");
        String text = text(body, "text");
        if (to == null || !to.matches("\\+62\\d{8,13}")) {
            return problem(400, "invalid_recipient", "to must be an Indonesian number in E.164 (+62…)");
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            return problem(400, "invalid_channel", "channel must be WHATSAPP or SMS");
        }
        if (template == null && text == null) {
            return problem(400, "invalid_request", "template or text is required");
        }
        JsonNode params = body.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return problem(400, "invalid_request", "params must be an object");
        }
        String key = text(body, "idempotencyKey");
        Map<String, Object> message;
        boolean duplicate;
        synchronized (this) {
            message = key == null ? null : byKey.get(key);
            duplicate = message != null;
            if (!duplicate) {
                message = new LinkedHashMap<>();
                message.put("messageId", String.format("msg-%08d", ++sequence));
                message.put("to", to);
                message.put("channel", channel);
                message.put("template", template);
                message.put("params", params == null || params.isNull()
                        ? Map.of() : HttpServers.JSON.convertValue(params, Map.class));
                message.put("text", text);
                message.put("idempotencyKey", key);
                message.put("status", "SENT");
                message.put("acceptedAt", Wib.format(Wib.now(clock)));
                sent.add(message);
                if (key != null) {
                    byKey.put(key, message);
                }
            }
        }
        stats.increment(duplicate ? DUPLICATES_AVOIDED : MESSAGES_ACCEPTED);
        return Response.json(202, Map.of("messageId", message.get("messageId")))
                .withLog("to=" + Masking.phone(to) + " " + channel + (duplicate ? " duplicate" : ""));
    }

    private synchronized Response list(String to) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : sent) {
            if (to == null || to.equals(m.get("to"))) {
                out.add(m);
            }
        }
        return Response.json(200, Map.of("messages", out));
    }

    private static Response problem(int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return Response.json(status, Map.of("error", error));
    }

    @Override
    public Response error(int status, String message) {
        return problem(status, status >= 500 ? "internal_error" : status == 404 ? "not_found" : "error",
                status >= 500 ? "temporary failure, retry later" : message);
    }

    @Override
    public synchronized Map<String, Object> state() {
        return Map.of("messages", sent.size());
    }

    @Override
    public synchronized void resetState() {
        sent.clear();
        byKey.clear();
        sequence = 0;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
