package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Valid requests: the operation's declaration (path ids, query, body with the fixture's values) where it gives
 * them, else values made from the OpenAPI schema (an example, an enum's first value, a UUID, a date…).
 */
final class Skeletons {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiModel model;

    Skeletons(OpenApiModel model) {
        this.model = model;
    }

    GateRequest valid(ApiOperation operation, AccessDeclarations.Declaration declaration, Map<String, String> fixture,
                      Random random) {
        GateRequest request = new GateRequest(operation.method(), operation.path());
        for (ApiOperation.Parameter p : operation.in("path")) {
            String declared = declaration == null ? null : declaration.path().get(p.name());
            request.pathValues.put(p.name(), GateRequest.encode(declared != null
                    ? AccessDeclarations.fill(declared, fixture) : text(p.schema(), random)));
        }
        if (declaration != null) {
            declaration.query().forEach((name, value) -> request.query.add(new AbstractMap.SimpleEntry<>(name,
                    GateRequest.encode(AccessDeclarations.fill(value, fixture)))));
            declaration.headers().forEach((name, value) -> request.header(name, AccessDeclarations.fill(value, fixture)));
        }
        for (ApiOperation.Parameter p : operation.in("query")) {
            boolean declared = request.query.stream().anyMatch(q -> q.getKey().equals(p.name()));
            if (!declared && p.required()) {
                request.query.add(new AbstractMap.SimpleEntry<>(p.name(), GateRequest.encode(text(p.schema(), random))));
            }
        }
        if (!operation.bodyMediaTypes().isEmpty()) {
            request.header("Content-Type", operation.bodyMediaTypes().get(0));
            request.form = operation.bodyMediaTypes().get(0).startsWith("application/x-www-form-urlencoded");
            if (declaration != null && declaration.body() != null && declaration.body().isTextual()) {
                // A body given whole by the fixture ("${mppBody}"): JSON text, so that mutations can work on it.
                request.json = parse(AccessDeclarations.fill(declaration.body().asText(), fixture));
            } else if (declaration != null && declaration.body() != null) {
                request.json = AccessDeclarations.fill(declaration.body(), fixture);
            } else {
                request.json = operation.bodySchema().map(s -> example(s, random, 0)).orElse(NODES.objectNode());
            }
        }
        return request;
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A declared body is not JSON: " + json, e);
        }
    }

    /** A value of the schema, as JSON. */
    JsonNode example(JsonNode schema, Random random, int depth) {
        JsonNode s = model.resolve(schema);
        if (s == null || s.isMissingNode() || depth > 8) {
            return NODES.nullNode();
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        for (String combinator : new String[]{"oneOf", "anyOf", "allOf"}) {
            if (s.has(combinator) && s.get(combinator).size() > 0) {
                return example(s.get(combinator).get(0), random, depth + 1);
            }
        }
        String type = type(s);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                        example(p.getValue(), random, depth + 1)));
                if (s.path("additionalProperties").isObject() && object.isEmpty()) {
                    object.set("key", example(s.get("additionalProperties"), random, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, s.path("minItems").asInt(1));
                for (int i = 0; i < Math.min(items, 20); i++) {
                    array.add(example(s.path("items"), random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1L);
            }
            case "number" -> {
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").asDouble() : 1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(string(s, random));
            }
        }
    }

    /** A parameter's value as text. */
    String text(JsonNode schema, Random random) {
        JsonNode value = example(schema, random, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String type(JsonNode s) {
        JsonNode type = s.get("type");
        if (type == null) {
            return s.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "string";
        }
        return type.asText();
    }

    private static String string(JsonNode s, Random random) {
        String format = s.path("format").asText("");
        String value = switch (format) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> "2026-11-24";
            case "date-time" -> "2026-11-24T03:00:00Z";
            case "local-time", "time" -> "10:00:00";
            case "duration" -> "PT15M";
            case "email" -> "warga@example.id";
            case "uri", "url" -> "https://example.id/x";
            default -> "kota-jambi";
        };
        int min = s.path("minLength").asInt(0);
        while (value.length() < min) {
            value += "x";
        }
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, max) : value;
    }
}
