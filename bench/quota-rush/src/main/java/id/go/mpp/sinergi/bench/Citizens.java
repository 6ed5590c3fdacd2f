package id.go.mpp.sinergi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Citizen users in realm sinergi (Keycloak admin REST API, partialImport) and one access token each (password grant
 * of the public client sinergi-mobile), fetched concurrently.
 */
final class Citizens {

    static final String REALM = "sinergi";
    static final String CLIENT = "sinergi-mobile";
    static final String PASSWORD = "bench-citizen-1";
    /** Cheap hashing for the bench users only; the local realm is re-imported from deploy/keycloak at restart. */
    static final String CHEAP_POLICY = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)";
    static final int IMPORT_BATCH = 500;

    record Token(String user, String accessToken, String subject, Instant expires) {
    }

    record Result(List<Token> tokens, double createSeconds, double tokenSeconds, int created, int skipped,
                  String passwordPolicy, int tokenLifespanSeconds, List<String> notes) {
    }

    private final Options options;
    private final Http http = new Http();

    Citizens(Options options) {
        this.options = options;
    }

    String token(String realm, String client, String user, String password) {
        Http.Response r = http.postForm(options.keycloak() + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", client, "username", user, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("token for " + user + ": HTTP " + r.status() + " " + Http.abbreviate(r.body()));
        }
        return r.json().path("access_token").asText();
    }

    Result provision(int count, int secondsNeeded) throws Exception {
        List<String> notes = new ArrayList<>();
        String admin = token("master", "admin-cli", "admin", "admin");
        String realmUrl = options.keycloak() + "/admin/realms/" + REALM;
        JsonNode realm = http.get(realmUrl, admin).expect(200).json();
        int lifespan = realm.path("accessTokenLifespan").asInt(300);
        String policy = realm.path("passwordPolicy").asText("");

        ObjectNode update = Http.JSON.createObjectNode();
        if (lifespan < secondsNeeded) {
            notes.add("realm accessTokenLifespan was " + lifespan + " s, shorter than the " + secondsNeeded
                    + " s the run may need: raised to 3600 s (local realm, re-imported at the next restart)");
            update.put("accessTokenLifespan", 3600);
            lifespan = 3600;
        }
        if (options.cheapHashing && !CHEAP_POLICY.equals(policy)) {
            notes.add("realm password policy '" + policy + "' set to '" + CHEAP_POLICY
                    + "' before creating the bench users (local realm only; re-imported at the next restart)");
            update.put("passwordPolicy", CHEAP_POLICY);
            policy = CHEAP_POLICY;
        } else if (!options.cheapHashing && CHEAP_POLICY.equals(policy)) {
            notes.add("realm password policy reset to the realm default (was the bench's cheap policy)");
            update.put("passwordPolicy", "");
            policy = "";
        }
        if (!update.isEmpty()) {
            http.sendJson("PUT", realmUrl, admin, update).expect(204, 200);
        }

        long t0 = System.nanoTime();
        int created = 0;
        int skipped = 0;
        for (int from = 0; from < count; from += IMPORT_BATCH) {
            ArrayNode users = Http.JSON.createArrayNode();
            for (int i = from; i < Math.min(count, from + IMPORT_BATCH); i++) {
                String name = userName(i);
                ObjectNode u = users.addObject();
                u.put("username", name);
                u.put("enabled", true);
                u.put("emailVerified", true);
                u.put("email", name + "@bench.sinergi.local");
                u.put("firstName", "Bench");
                u.put("lastName", "Citizen " + (i + 1));
                ObjectNode cred = u.putArray("credentials").addObject();
                cred.put("type", "password");
                cred.put("value", PASSWORD);
                cred.put("temporary", false);
                u.putArray("realmRoles").add("default-roles-sinergi").add("citizen");
            }
            ObjectNode body = Http.JSON.createObjectNode();
            body.put("ifResourceExists", "SKIP");
            body.set("users", users);
            // The admin token lives 60 s in realm master: take a fresh one per batch.
            admin = token("master", "admin-cli", "admin", "admin");
            JsonNode r = http.sendJson("POST", realmUrl + "/partialImport", admin, body).expect(200).json();
            created += r.path("added").asInt();
            skipped += r.path("skipped").asInt();
        }
        double createSeconds = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.tokenThreads);
        List<Future<Token>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = userName(i);
            futures.add(pool.submit(() -> {
                String access = token(REALM, CLIENT, name, PASSWORD);
                JsonNode claims = claims(access);
                return new Token(name, access, claims.path("sub").asText(),
                        Instant.ofEpochSecond(claims.path("exp").asLong()));
            }));
        }
        List<Token> tokens = new ArrayList<>();
        try {
            for (Future<Token> f : futures) {
                tokens.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double tokenSeconds = (System.nanoTime() - t0) / 1e9;
        return new Result(tokens, createSeconds, tokenSeconds, created, skipped, policy, lifespan, notes);
    }

    String userName(int i) {
        return options.userPrefix + String.format("%05d", i + 1);
    }

    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return Http.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }
}
