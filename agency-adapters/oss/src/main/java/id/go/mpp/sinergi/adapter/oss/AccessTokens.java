package id.go.mpp.sinergi.adapter.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OSS's short-lived Bearer token, bought with the API key ({@code POST /token}, header {@code user_key}) and shared by
 * every concurrent call until shortly before it expires: one purchase per lifetime, not one per call.
 */
final class AccessTokens {

    /** The API key was refused: no call can succeed until the setting is fixed. */
    static final class ApiKeyRefused extends Exception {
        ApiKeyRefused(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Renewed this long before OSS says it expires (at most a fifth of its lifetime), so no call carries a dying one. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI tokenUri;
    private final String apiKey;
    private final Clock clock;
    private final Duration timeout;

    private String token;
    private Instant renewAt = Instant.MIN;

    AccessTokens(HttpClient http, URI tokenUri, String apiKey, Clock clock, Duration timeout) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.apiKey = apiKey;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A token valid for a while yet; concurrent callers wait for the one purchase under way. */
    synchronized String current() throws IOException, InterruptedException, ApiKeyRefused {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            buy();
        }
        return token;
    }

    /** OSS refused {@code refused}: the next {@link #current()} buys another, unless someone already has. */
    synchronized void refused(String refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }

    private void buy() throws IOException, InterruptedException, ApiKeyRefused {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("user_key", apiKey).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new ApiKeyRefused("OSS refused the API key (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() != 200) {
            throw new IOException("OSS's token endpoint answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException unreadable) {
            throw new IOException("OSS's token answer is not JSON", unreadable);
        }
        String accessToken = answer.path("access_token").asText("");
        long lifetime = answer.path("expires_in").asLong(0);
        if (accessToken.isBlank() || lifetime <= 0) {
            throw new IOException("OSS's token answer has no access_token or expires_in");
        }
        Duration life = Duration.ofSeconds(lifetime);
        Duration margin = MARGIN.compareTo(life.dividedBy(5)) < 0 ? MARGIN : life.dividedBy(5);
        token = accessToken;
        renewAt = clock.instant().plus(life).minus(margin);
    }
}
