package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The gates every endpoint of a service passes, generated from its OpenAPI document and its
 * {@code gates/access.yaml}: every operation is declared, the authorisation matrix holds, and hostile requests
 * are refused cleanly. A service's {@code GatesTests} (a {@code @QuarkusTest}) supplies the fixture and the row
 * counts; see the README beside this class.
 */
public final class Gates {

    /** Hostile requests per operation; {@code -Dsinergi.gates.tries=1000} for the full run. */
    public static final String TRIES = "sinergi.gates.tries";
    /** A number, or {@code random} for a new seed (printed); every build uses {@link #FIXED_SEED}. */
    public static final String SEED = "sinergi.gates.seed";
    public static final long FIXED_SEED = 20261206L;
    private static final int DEFAULT_TRIES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final String host;
    private final int port;
    private final OpenApiModel model;
    private final AccessDeclarations declarations;
    private final Skeletons skeletons;
    private Map<String, String> fixture = Map.of();
    private Supplier<Map<String, Long>> rowCounts = Map::of;

    private Gates(String service, URI baseUrl, OpenApiModel model, AccessDeclarations declarations) {
        if (baseUrl.getHost() == null || baseUrl.getPort() < 0) {
            throw new IllegalArgumentException("A base URL with host and port, e.g. http://127.0.0.1:8080: " + baseUrl);
        }
        this.service = service;
        this.host = baseUrl.getHost();
        this.port = baseUrl.getPort();
        this.model = model;
        this.declarations = declarations;
        this.skeletons = new Skeletons(model);
    }

    /**
     * The gates of the application a {@code @QuarkusTest} runs on {@code httpPort} (RestAssured.port), with the
     * declarations in {@code gates/access.yaml} on the test classpath.
     */
    public static Gates of(String service, int httpPort) {
        return of(service, httpPort, OpenApiModel.ofRunningApp(httpPort), AccessDeclarations.load("gates/access.yaml"));
    }

    /** As {@link #of(String, int)} with the OpenAPI document and declarations given. */
    public static Gates of(String service, int httpPort, OpenApiModel model, AccessDeclarations declarations) {
        return of(service, URI.create("http://127.0.0.1:" + httpPort), model, declarations);
    }

    /**
     * The gates of an application answering at {@code baseUrl} ({@code http://host:port}; the paths are the
     * document's), e.g. one running in another process.
     */
    public static Gates of(String service, URI baseUrl, OpenApiModel model, AccessDeclarations declarations) {
        return new Gates(service, baseUrl, model, declarations);
    }

    /** The values {@code ${name}} in the declarations stand for (ids of records owned by citizen and imigrasi). */
    public Gates fixture(Map<String, String> values) {
        this.fixture = Map.copyOf(values);
        return this;
    }

    /** Row counts of the service's tables, compared before and after each refusal ({@link RowCounts}). */
    public Gates rowCounts(Supplier<Map<String, Long>> counts) {
        this.rowCounts = Objects.requireNonNull(counts);
        return this;
    }

    public OpenApiModel model() {
        return model;
    }

    /** Operations of the document without a declaration, and declarations no operation has: both are mistakes. */
    public List<String> undeclared() {
        List<String> problems = new ArrayList<>();
        for (ApiOperation operation : model.operations()) {
            if (declarations.of(operation).isEmpty()) {
                problems.add("not declared in gates/access.yaml: " + operation.key());
            }
        }
        for (String declared : declarations.all().keySet()) {
            if (model.operations().stream().noneMatch(o -> o.key().equals(declared))) {
                problems.add("declared but not in the OpenAPI document: " + declared);
            }
        }
        return problems;
    }

    /**
     * Every declared operation as every {@link Role}, with the declared request: refused roles first (so an
     * allowed role's change does not hide a leak), then the allowed ones.
     */
    public Report accessMatrix() {
        Report report = new Report(service + " access matrix", declarations.knownFailures());
        Random random = new Random(FIXED_SEED);
        for (ApiOperation operation : sorted()) {
            AccessDeclarations.Declaration declaration = declarations.of(operation).orElse(null);
            if (declaration == null) {
                continue;
            }
            List<Role> order = new ArrayList<>(List.of(Role.values()));
            order.sort(Comparator.comparing(r -> declaration.outcome(r) == AccessDeclarations.Outcome.ALLOWED));
            Map<Role, String> row = new LinkedHashMap<>();
            for (Role role : order) {
                GateRequest request = skeletons.valid(operation, declaration, fixture, random);
                RoleTokens.of(role).ifPresent(token -> request.header("Authorization", "Bearer " + token));
                Map<String, Long> before = rowCounts.get();
                RawHttp.Answer answer = RawHttp.send(host, port, request.toRaw());
                AccessDeclarations.Outcome expected = declaration.outcome(role);
                row.put(role, String.valueOf(answer.status()));
                check(report, operation, declaration, role.key, request, answer, before);
                if (expected == AccessDeclarations.Outcome.ALLOWED) {
                    if (answer.status() == 401 || answer.status() == 403) {
                        report.add(new Finding(Finding.Kind.LEAK, operation.key(), role.key, request.describe(),
                                "allowed role refused: " + summary(answer)));
                    }
                } else if (answer.status() >= 200 && answer.status() < 300) {
                    report.add(new Finding(Finding.Kind.LEAK, operation.key(), role.key, request.describe(),
                            "declared " + expected + " but answered " + summary(answer)));
                } else if (answer.status() > 0 && answer.status() < 500 && answer.status() != expected.status) {
                    report.add(new Finding(Finding.Kind.WRONG_REFUSAL, operation.key(), role.key, request.describe(),
                            "declared " + expected + " but answered " + summary(answer)));
                }
            }
            report.matrixRow(operation.key(), row, declaration);
        }
        return report;
    }

    /**
     * {@value #TRIES} (default 100) hostile requests per operation, from the seed {@value #SEED} (default
     * {@link #FIXED_SEED}): no 5xx, every refusal problem+json, no row written by a refused request.
     */
    public Report hostileInput() {
        int tries = Integer.getInteger(TRIES, DEFAULT_TRIES);
        String seedProperty = System.getProperty(SEED, String.valueOf(FIXED_SEED));
        long seed = "random".equalsIgnoreCase(seedProperty) ? new SecureRandom().nextLong() : Long.parseLong(seedProperty);
        System.out.printf("[gates] %s: %d operations x %d hostile requests, seed %d (repeat with -D%s=%d -D%s=%d)%n",
                service, model.operations().size(), tries, seed, SEED, seed, TRIES, tries);
        Report report = new Report(service + " hostile input (seed " + seed + ", " + tries + " per operation)",
                declarations.knownFailures());
        HostileRequests hostile = new HostileRequests();
        for (ApiOperation operation : sorted()) {
            AccessDeclarations.Declaration declaration = declarations.of(operation).orElse(null);
            // Each operation has its own sequence: declaring a new endpoint does not change the others' requests.
            Random random = new Random(seed ^ operation.key().hashCode());
            Map<String, Long> before = rowCounts.get();
            for (int i = 0; i < tries; i++) {
                GateRequest request = hostile.mutate(skeletons.valid(operation, declaration, fixture, random), operation, random);
                RawHttp.Answer answer = RawHttp.send(host, port, request.toRaw());
                before = check(report, operation, declaration, null, request, answer, before);
                report.counted();
            }
        }
        return report;
    }

    /** The checks every answer passes; answers the row counts to compare the next refusal with. */
    private Map<String, Long> check(Report report, ApiOperation operation,
                                    AccessDeclarations.Declaration declaration, String role, GateRequest request,
                                    RawHttp.Answer answer, Map<String, Long> before) {
        int status = answer.status();
        if (status < 0) {
            report.add(new Finding(Finding.Kind.NO_ANSWER, operation.key(), role, request.describe(), answer.failure()));
            return rowCounts.get();
        }
        if (status >= 500) {
            report.add(new Finding(Finding.Kind.SERVER_ERROR, operation.key(), role, request.describe(), summary(answer)));
        }
        if (status >= 400 && status < 500 && !isProblem(answer) && !(declaration != null
                && declaration.errorFormat() == AccessDeclarations.ErrorFormat.OPEN311 && isOpen311Error(answer))) {
            report.add(new Finding(Finding.Kind.NOT_PROBLEM_JSON, operation.key(), role, request.describe(), summary(answer)));
        }
        Map<String, Long> after = rowCounts.get();
        if (status >= 400 && !after.equals(before)) {
            report.add(new Finding(Finding.Kind.PARTIAL_WRITE, operation.key(), role, request.describe(),
                    summary(answer) + "; rows " + difference(before, after)));
        }
        return after;
    }

    /**
     * Open311 GeoReport v2's error list whose codes are the answer's status: JSON {@code [{"code": 400,
     * "description": "…"}]}, or XML {@code <errors><error><code>400</code><description>…</description></error>
     * </errors>} (text/xml or application/xml).
     */
    static boolean isOpen311Error(RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        if (type == null) {
            return false;
        }
        String media = type.toLowerCase(java.util.Locale.ROOT);
        try {
            if (media.startsWith("application/json")) {
                JsonNode errors = JSON.readTree(answer.body());
                if (errors == null || !errors.isArray() || errors.isEmpty()) {
                    return false;
                }
                for (JsonNode error : errors) {
                    if (!error.path("code").isInt() || error.path("code").asInt() != answer.status()
                            || !error.path("description").isTextual() || error.path("description").asText().isBlank()) {
                        return false;
                    }
                }
                return true;
            }
            if (media.startsWith("text/xml") || media.startsWith("application/xml")) {
                javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setExpandEntityReferences(false);
                org.w3c.dom.Element root = factory.newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(answer.body())).getDocumentElement();
                org.w3c.dom.NodeList errors = root.getElementsByTagName("error");
                if (!"errors".equals(root.getTagName()) || errors.getLength() == 0) {
                    return false;
                }
                for (int i = 0; i < errors.getLength(); i++) {
                    org.w3c.dom.Element error = (org.w3c.dom.Element) errors.item(i);
                    org.w3c.dom.NodeList code = error.getElementsByTagName("code");
                    org.w3c.dom.NodeList description = error.getElementsByTagName("description");
                    if (code.getLength() != 1 || description.getLength() != 1
                            || !String.valueOf(answer.status()).equals(code.item(0).getTextContent().strip())
                            || description.item(0).getTextContent().isBlank()) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            return false;
        }
    }

    private static boolean isProblem(RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem != null && problem.path("status").asInt() == answer.status() && problem.hasNonNull("title");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String summary(RawHttp.Answer answer) {
        return answer.status() + " " + Objects.toString(answer.header("Content-Type"), "(no Content-Type)") + " "
                + answer.bodyText(200).replace('\n', ' ');
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            long was = before.getOrDefault(table, 0L);
            if (was != count) {
                changed.add(table + " " + was + " -> " + count);
            }
        });
        return String.join(", ", changed);
    }

    private List<ApiOperation> sorted() {
        return model.operations().stream().sorted(Comparator.comparing(ApiOperation::key)).toList();
    }
}
