package id.go.mpp.sinergi.adapter.messaging;

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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Citizen notifications (WhatsApp or SMS) through a messaging provider: a Bearer token, one POST per message with
 * the request's idempotency key, so a retried send never reaches the citizen twice. Settings: {@code url} (the
 * provider's messages endpoint), {@code token}.
 */
public class MessagingAdapter implements AgencyAdapter {

    /** The lane's code: not an agency of the mall, the platform's own provider. */
    public static final String CODE = "messaging";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpClient http;
    private URI url;
    private String token;
    private Duration timeout;

    @Override
    public AdapterDescriptor descriptor() {
        return new AdapterDescriptor(CODE, "WhatsApp/SMS provider", Set.of(), Set.of(Operations.SEND_NOTIFICATION));
    }

    @Override
    public void start(AdapterContext context) {
        this.url = URI.create(context.required("url"));
        this.token = context.required("token");
        this.timeout = context.timeout().minusMillis(Math.min(200, context.timeout().toMillis() / 5));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public AgencyReply send(AgencyRequest request) throws IOException, InterruptedException {
        Map<String, String> payload = request.payload();
        ObjectNode body = JSON.createObjectNode();
        body.put("to", payload.get("to"));
        body.put("channel", payload.getOrDefault("channel", "WHATSAPP"));
        body.put("template", payload.get("template"));
        body.put("text", payload.get("text"));
        ObjectNode params = body.putObject("params");
        payload.forEach((name, value) -> {
            if (name.startsWith("param.")) {
                params.put(name.substring("param.".length()), value);
            }
        });
        body.put("idempotencyKey", request.idempotencyKey());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return AgencyReply.giveUp(Integer.toString(status), "the provider refused the token: fix the setting");
        }
        if (status == 400) {
            // the number or the message is not one the provider takes: sending again changes nothing
            return AgencyReply.refused("400", errorOf(response.body()), Map.of(), List.of());
        }
        if (status != 200 && status != 202) {
            throw new IOException("messaging provider answered HTTP " + status);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException unreadable) {
            throw new IOException("the provider's answer is not JSON", unreadable);
        }
        String messageId = answer.path("messageId").asText(null);
        if (messageId == null) {
            throw new IOException("the provider's answer has no messageId");
        }
        return AgencyReply.done(null, Map.of("messageId", messageId), List.of());
    }

    private static String errorOf(String body) {
        try {
            return JSON.readTree(body).path("error").path("code").asText("rejected");
        } catch (IOException e) {
            return "rejected";
        }
    }

    @Override
    public AdapterHealth probe() {
        return AdapterHealth.reachable(url);
    }
}
