package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A service's OpenAPI document, read as plain JSON, and the operations it lists. */
public final class OpenApiModel {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<ApiOperation> operations;

    private OpenApiModel(JsonNode document) {
        this.document = document;
        this.operations = readOperations(document);
    }

    /** The document at {@code url} (e.g. {@code http://127.0.0.1:PORT/q/openapi?format=json}). */
    public static OpenApiModel load(URI url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(url).header("Accept", "application/json").build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI document at " + url + " answered " + response.statusCode());
            }
            return new OpenApiModel(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("OpenAPI document at " + url + " could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The document of the application a {@code @QuarkusTest} started: from the management interface when the
     * application has one ({@code quarkus.management.test-port}), else from the HTTP test port.
     */
    public static OpenApiModel ofRunningApp(int httpPort) {
        List<URI> candidates = new ArrayList<>();
        var config = ConfigProvider.getConfig();
        if (config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            config.getOptionalValue("quarkus.management.test-port", Integer.class).filter(p -> p > 0)
                    .ifPresent(p -> candidates.add(URI.create("http://127.0.0.1:" + p
                            + managementPath(config.getOptionalValue("quarkus.management.root-path", String.class)))));
        }
        candidates.add(URI.create("http://127.0.0.1:" + httpPort + "/q/openapi?format=json"));
        IllegalStateException last = null;
        for (URI candidate : candidates) {
            try {
                return load(candidate);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String managementPath(Optional<String> rootPath) {
        String root = rootPath.orElse("/q");
        return (root.endsWith("/") ? root : root + "/") + "openapi?format=json";
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public JsonNode document() {
        return document;
    }

    /** The schema a {@code $ref} points to (within this document), or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 20 && current != null && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1));
        }
        // A schema that is only "allOf: [ {$ref} ]" (how some generators add a description to a ref) is that ref.
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private static List<ApiOperation> readOperations(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<ApiOperation.Parameter> shared = parameters(path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<ApiOperation.Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.path("parameters")));
                JsonNode content = operation.path("requestBody").path("content");
                List<String> mediaTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(mediaTypes::add);
                Optional<JsonNode> schema = mediaTypes.isEmpty() ? Optional.empty()
                        : Optional.ofNullable(content.get(mediaTypes.get(0)).get("schema"));
                operations.add(new ApiOperation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), List.copyOf(mediaTypes), schema,
                        operation.path("requestBody").path("required").asBoolean(false)));
            }
        }
        return List.copyOf(operations);
    }

    private static List<ApiOperation.Parameter> parameters(JsonNode list) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            parameters.add(new ApiOperation.Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false), p.path("schema")));
        }
        return parameters;
    }
}
