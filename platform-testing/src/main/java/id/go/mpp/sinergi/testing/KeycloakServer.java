package id.go.mpp.sinergi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A real Keycloak (the official Quarkus distribution, unpacked by the build) running as a child process
 * with the {@code sinergi} realm from {@code deploy/keycloak/} imported into an in-memory database.
 * One instance per test JVM.
 */
public final class KeycloakServer {

    public static final String REALM = "sinergi";
    public static final String MOBILE_CLIENT = "sinergi-mobile";

    /** Bootstrap administrator of the test Keycloak (master realm); tests only. */
    private static final String ADMIN_USER = "admin";
    private static final String ADMIN_PASSWORD = "admin";

    private static KeycloakServer shared;

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = start(RepoPaths.keycloakHome(), RepoPaths.realmFile(),
                    Path.of(System.getProperty("java.io.tmpdir")).resolve("keycloak.log"));
        }
        return shared;
    }

    private static KeycloakServer start(Path home, Path realm, Path log) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + " (the platform-testing build unpacks it; run ./mvnw once)");
        }
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm", "--db=dev-mem"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            long started = System.nanoTime();
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
            server.awaitReady(managementPort, log);
            System.out.printf("Keycloak ready on port %d in %d s (log %s)%n", port,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer / {@code quarkus.oidc.auth-server-url} of the sinergi realm. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** An access token for a demo user (password grant through the public mobile client). */
    public String userToken(String username, String password) {
        return cached("user:" + username, () -> requestToken(Map.of(
                "grant_type", "password", "client_id", MOBILE_CLIENT,
                "username", username, "password", password, "scope", "openid")));
    }

    /** An access token for an agency system (client credentials). */
    public String clientToken(String clientId, String secret) {
        return cached("client:" + clientId, () -> requestToken(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /**
     * Access tokens of {@code count} distinct citizens ({@code prefix-0001}…), created in the realm on first use
     * through the admin API (existing ones are kept). For tests that need many real, different callers,
     * e.g. concurrent bookings where each citizen may hold one booking.
     */
    public List<String> citizenTokens(String prefix, int count) {
        return userTokens(prefix, count, "citizen", Map.of());
    }

    /**
     * Access tokens of {@code count} new users ({@code prefix-0001}…) with one realm role and user attributes
     * (e.g. {@code agency}, {@code mpp} for staff, which become token claims).
     */
    public List<String> userTokens(String prefix, int count, String role, Map<String, String> attributes) {
        String admin = requestToken("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN_USER, "password", ADMIN_PASSWORD)).path("access_token").asText();
        com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode().put("ifResourceExists", "SKIP");
        com.fasterxml.jackson.databind.node.ArrayNode users = body.putArray("users");
        for (int i = 1; i <= count; i++) {
            String username = "%s-%04d".formatted(prefix, i);
            com.fasterxml.jackson.databind.node.ObjectNode user = users.addObject()
                    .put("username", username).put("enabled", true).put("emailVerified", true)
                    .put("email", username + "@test.sinergi.local").put("firstName", "Warga").put("lastName", "Uji " + i);
            user.putArray("credentials").addObject().put("type", "password").put("value", prefix + "-pw")
                    .put("temporary", false);
            user.putArray("realmRoles").add("default-roles-sinergi").add(role);
            if (!attributes.isEmpty()) {
                com.fasterxml.jackson.databind.node.ObjectNode attrs = user.putObject("attributes");
                attributes.forEach((name, value) -> attrs.putArray(name).add(value));
            }
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/admin/realms/" + REALM + "/partialImport"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Creating test citizens failed (" + response.statusCode() + "): "
                        + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String username = "%s-%04d".formatted(prefix, i);
                futures.add(pool.submit(() -> userToken(username, prefix + "-pw")));
            }
            List<String> tokens = new ArrayList<>();
            for (java.util.concurrent.Future<String> future : futures) {
                tokens.add(future.get());
            }
            return tokens;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    public void stop() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private String cached(String key, java.util.function.Supplier<JsonNode> fetch) {
        CachedToken token = tokens.get(key);
        if (token == null || token.expiresAtNanos < System.nanoTime()) {
            JsonNode body = fetch.get();
            long lifetime = Math.max(10, body.path("expires_in").asLong(60) - 30);
            token = new CachedToken(body.path("access_token").asText(),
                    System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
            tokens.put(key, token);
        }
        return token.value;
    }

    private JsonNode requestToken(Map<String, String> form) {
        return requestToken(REALM, form);
    }

    private JsonNode requestToken(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed (" + response.statusCode() + "): " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(int managementPort, Path log) {
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within 180 s; see " + log);
    }

    private record CachedToken(String value, long expiresAtNanos) {
    }
}
