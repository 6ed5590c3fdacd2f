package id.go.mpp.sinergi.standins;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed callbacks that a system makes later (SIMKIM status changes, OSS licence webhooks): POST with
 * {@code <header>: sha256=<hex HMAC-SHA256 of the body>}, delivered when the receiver answers 2xx, retried
 * otherwise {@code attempts - 1} times after {@code backoff}, {@code 2 × backoff}, {@code 4 × backoff} …
 */
public final class Callbacks {

    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final int attempts;
    private final Duration backoff;
    private final Consumer<String> log;

    public Callbacks(HttpClient http, ScheduledExecutorService scheduler, int attempts, Duration backoff,
                     Consumer<String> log) {
        this.http = http;
        this.scheduler = scheduler;
        this.attempts = attempts;
        this.backoff = backoff;
        this.log = log;
    }

    /** {@code sha256=<lower-case hex of HMAC-SHA256(secret, body)>}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends in the background; counts into {@code stats} (callbacksSent / callbackAttemptsFailed / callbacksFailed). */
    public void send(String system, Stats stats, String url, String contentType, String body,
                     String signatureHeader, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", contentType)
                    .header(signatureHeader, sign(secret, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
        } catch (IllegalArgumentException e) {
            stats.increment(Stats.CALLBACKS_FAILED);
            log.accept(Instant.now() + " " + system + " callback to an invalid URL given up: " + e.getMessage());
            return;
        }
        attempt(system, stats, request, 1);
    }

    private void attempt(String system, Stats stats, HttpRequest request, int attempt) {
        long t0 = System.nanoTime();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String outcome = error != null ? error.getClass().getSimpleName() : Integer.toString(response.statusCode());
            log.accept(String.format("%s %-9s callback POST %s %s %d ms (attempt %d of %d)", Instant.now(), system,
                    request.uri(), outcome, ms, attempt, attempts));
            if (error == null && response.statusCode() / 100 == 2) {
                stats.increment(Stats.CALLBACKS_SENT);
                return;
            }
            stats.increment(Stats.CALLBACK_ATTEMPTS_FAILED);
            if (attempt >= attempts) {
                stats.increment(Stats.CALLBACKS_FAILED);
                return;
            }
            long wait = backoff.toMillis() << Math.min(attempt - 1, 20);
            try {
                scheduler.schedule(() -> attempt(system, stats, request, attempt + 1), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // the stand-ins are closing
            }
        });
    }
}
