package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code gates/access.yaml}: for each OpenAPI operation, who may call it and what the others see,
 * plus the request (path ids, query, body) that reaches the operation's authorisation, and the known failures
 * the owner still has to fix. See the README beside this class.
 */
public final class AccessDeclarations {

    /** What a role sees: allowed (anything but 401/403 and 5xx), or one refusal. */
    public enum Outcome {
        ALLOWED(0), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404);

        public final int status;

        Outcome(int status) {
            this.status = status;
        }

        @Override
        public String toString() {
            return this == ALLOWED ? "allowed" : String.valueOf(status);
        }
    }

    /**
     * The format of an operation's 4xx refusals: {@code problem} (RFC 9457 application/problem+json, the default), or
     * {@code open311} for an operation whose protocol fixes its own error format (Open311 GeoReport v2's error list,
     * JSON {@code [{code, description}]} or XML {@code <errors><error><code/><description/></error></errors>}); such
     * an operation may also answer problem+json (refusals of the HTTP layer before any resource runs).
     */
    public enum ErrorFormat {
        PROBLEM, OPEN311;

        static ErrorFormat of(String text, String source, String key) {
            return switch (text) {
                case "problem" -> PROBLEM;
                case "open311" -> OPEN311;
                default -> throw new IllegalStateException(source + ", " + key + ": errorFormat is problem or open311, not "
                        + text);
            };
        }
    }

    /** One operation's declaration; {@code body} is null when the operation takes none or the schema's is used. */
    public record Declaration(String operation, Map<Role, Outcome> outcomes, Map<String, String> path,
                              Map<String, String> query, Map<String, String> headers, JsonNode body,
                              ErrorFormat errorFormat) {

        public Declaration(String operation, Map<Role, Outcome> outcomes, Map<String, String> path,
                           Map<String, String> query, Map<String, String> headers, JsonNode body) {
            this(operation, outcomes, path, query, headers, body, ErrorFormat.PROBLEM);
        }

        public Outcome outcome(Role role) {
            return outcomes.get(role);
        }
    }

    /**
     * A failure the gates found that the owner of the code still has to fix: reported, not failed on. {@code kind}
     * is one of {@link Finding.Kind}'s names; {@code status} (of the answer), {@code role} (matrix) and {@code when}
     * (a regular expression found in the request's one-line description) narrow it; {@code operation} may be
     * {@code "*"}.
     */
    public record KnownFailure(String operation, String kind, Integer status, String role, String when, String note) {

        boolean matches(Finding finding) {
            return ("*".equals(operation) || operation.equals(finding.operation()))
                    && kind.equalsIgnoreCase(finding.kind().name().replace('_', '-'))
                    && (status == null || finding.answer().startsWith(status + " ")
                        || finding.answer().contains("answered " + status + " "))
                    && (role == null || role.equals(finding.role()))
                    && (when == null || Pattern.compile(when).matcher(finding.request()).find());
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Map<String, Declaration> declarations;
    private final List<KnownFailure> knownFailures;

    private AccessDeclarations(Map<String, Declaration> declarations, List<KnownFailure> knownFailures) {
        this.declarations = declarations;
        this.knownFailures = knownFailures;
    }

    /** Reads a classpath resource, e.g. {@code gates/access.yaml}. */
    public static AccessDeclarations load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test classpath");
            }
            return parse(YAML.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessDeclarations parse(JsonNode root, String source) {
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> operations = root.path("operations").fields();
        while (operations.hasNext()) {
            Map.Entry<String, JsonNode> entry = operations.next();
            String key = entry.getKey().trim().replaceAll("\\s+", " ");
            JsonNode node = entry.getValue();
            Map<Role, Outcome> outcomes = new EnumMap<>(Role.class);
            boolean open = node.path("public").asBoolean(false);
            for (Role role : Role.values()) {
                outcomes.put(role, open ? Outcome.ALLOWED
                        : role == Role.ANONYMOUS ? Outcome.UNAUTHORIZED : Outcome.FORBIDDEN);
            }
            declare(node, "allowed", Outcome.ALLOWED, outcomes, source, key);
            declare(node, "notFound", Outcome.NOT_FOUND, outcomes, source, key);
            declare(node, "forbidden", Outcome.FORBIDDEN, outcomes, source, key);
            declare(node, "unauthorized", Outcome.UNAUTHORIZED, outcomes, source, key);
            JsonNode body = node.get("body");
            declarations.put(key, new Declaration(key, Map.copyOf(outcomes), strings(node.path("path")),
                    strings(node.path("query")), strings(node.path("headers")), body,
                    ErrorFormat.of(node.path("errorFormat").asText("problem"), source, key)));
        }
        List<KnownFailure> known = new ArrayList<>();
        for (JsonNode k : root.path("knownFailures")) {
            known.add(new KnownFailure(k.path("operation").asText("*"), k.path("kind").asText(),
                    k.hasNonNull("status") ? k.get("status").asInt() : null, text(k, "role"), text(k, "when"), k.path("note").asText("")));
        }
        return new AccessDeclarations(declarations, List.copyOf(known));
    }

    private static void declare(JsonNode node, String field, Outcome outcome, Map<Role, Outcome> outcomes,
                                String source, String key) {
        for (JsonNode role : node.path(field)) {
            try {
                outcomes.put(Role.of(role.asText()), outcome);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ", " + key + ": " + e.getMessage(), e);
            }
        }
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    public Optional<Declaration> of(ApiOperation operation) {
        return Optional.ofNullable(declarations.get(operation.key()));
    }

    public Map<String, Declaration> all() {
        return declarations;
    }

    public List<KnownFailure> knownFailures() {
        return knownFailures;
    }

    /** {@code ${name}} replaced by the fixture's value; an unknown name is a mistake in the declarations. */
    static String fill(String text, Map<String, String> fixture) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fixture.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("The gates fixture has no value for ${" + m.group(1) + "}; it has "
                        + fixture.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static JsonNode fill(JsonNode node, Map<String, String> fixture) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(fill(node.asText(), fixture));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), fill(e.getValue(), fixture)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(fill(item, fixture)));
            return copy;
        }
        return node;
    }
}
