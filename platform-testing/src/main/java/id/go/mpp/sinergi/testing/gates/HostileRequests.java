package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Turns a valid request into a hostile one: one to three mutations from the catalogue below (body, parameters,
 * headers), then a caller: no token, a broken one, or a real token of a random {@link Role}.
 * Sizes stay under the HTTP server's own limits (request line 4 KB, headers 20 KB, body 10 MB): past them Vert.x
 * answers before any Sinergi code runs.
 */
final class HostileRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\u2603GATES\u2603";
    private static final int HUGE = 1_100_000;

    static final List<String> PAYLOADS = List.of(
            "' OR 1=1--", "'; DROP TABLE ticket; --", "\" OR \"\"=\"", "1; select pg_sleep(0)--", "%' and 1=0 union select 1--",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "#{7*7}", "%s%s%s%n", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "\u0000", "\u202Egnp.exe", "😀🇮🇩", "null", "undefined", "NaN", "-1", "9".repeat(40), "", " ",
            "x".repeat(5000), "é".repeat(3000), "\t\r\n", "\u001b[31mred");

    private static final List<String> TRAVERSALS = List.of(
            "..", "../..", "../../../../etc/passwd", "%2e%2e%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f",
            "%2e%2e", ".%2e", "%252e%252e%252f", "..%5c..%5c", "%c0%ae%c0%ae%2f", "%2e%2e/");

    private static final List<String> PATH_PAYLOADS = List.of(
            "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%0d%0aSet-Cookie:%20x=1", "%ff%fe",
            "%c3%28", "%zz", "%", "x".repeat(1000), "", "%20", "null", "-1", "9".repeat(30), "%E2%80%AE", "*", ";x=1",
            "%3B", "a%2Fb", "%F0%9F%98%80", "1e400", "true", "%7B%7D");

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/json; charset=utf-16", "application/json; charset=klingon",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
            "application/", "/", ";;;", "*/*", "application/json, text/plain", "application/problem+json",
            "text/event-stream", "application/json; charset=\"", "APPLICATION/JSON", "application/octet-stream");

    private static final List<String> ACCEPTS = List.of(
            "application/xml", "text/html", "*/*;q=abc", "application/json;q=0", "garbage/", "", "text/event-stream",
            "application/json;q=1.5, */*;q=-1", ";;;", "image/png", "*/*;level=" + "x".repeat(1000));

    private static final List<String> LANGUAGES = List.of(
            "xx", "*;q=2", "en;q=abc", ";;;,,,", "a".repeat(2000), "en-US-x-" + "aaaaaaaa-".repeat(40), "id;q=0.5, en;q=0.9",
            " ", "-", "zh-Hant-TW", "en;q=", "q=1", "en-", "*", "EN", "id-ID, en;q=0.1, *;q=0", "123", "en;q=0.5;q=0.9",
            "\t", "en, en, en, en, en, en, en, en, en, en");

    private static final List<String[]> OTHER_HEADERS = List.of(
            new String[]{"If-None-Match", "\"x\", W/\"" + "y".repeat(500) + "\""},
            new String[]{"If-Modified-Since", "yesterday"},
            new String[]{"If-Match", "*"},
            new String[]{"Range", "bytes=abc-"},
            new String[]{"Accept-Encoding", "gzip;q=x, br, compress;q=-1"},
            new String[]{"Accept-Charset", "klingon, *;q=2"},
            new String[]{"Origin", "null"},
            new String[]{"Origin", "http://evil.example"},
            new String[]{"Cookie", "a=b; ; =; " + "c".repeat(1000)},
            new String[]{"X-Forwarded-For", "' OR 1=1--, <script>"},
            new String[]{"X-Forwarded-Host", "evil.example:99999"},
            new String[]{"X-Forwarded-Proto", "gopher"},
            new String[]{"Forwarded", "for=\";by=;;"},
            new String[]{"Content-Encoding", "gzip"},
            new String[]{"Content-Language", "klingon"},
            new String[]{"Cache-Control", "max-age=-1, no-cache=\""},
            new String[]{"Idempotency-Key", "k".repeat(3000)},
            new String[]{"User-Agent", "() { :; }; echo pwned"},
            new String[]{"Referer", "javascript:alert(1)"},
            new String[]{"X-HTTP-Method-Override", "DELETE"},
            new String[]{"Last-Event-ID", "' OR 1=1--"},
            new String[]{"Date", "Tue, 31 Feb 2026 25:61:61 GMT"});

    private record Mutation(String name, boolean needsBody, BiConsumer<GateRequest, Random> apply) {
    }

    private final List<Mutation> catalogue = List.of(
            new Mutation("wrong type", true, this::wrongType),
            new Mutation("missing field", true, this::missingField),
            new Mutation("extra field", true, this::extraField),
            new Mutation("payload value", true, this::payloadValue),
            new Mutation("odd number", true, this::oddNumber),
            new Mutation("huge body", false, this::hugeBody),
            new Mutation("empty body", false, this::emptyBody),
            new Mutation("not the body", false, this::otherDocument),
            new Mutation("invalid UTF-8", true, this::invalidUtf8),
            new Mutation("control characters", true, this::controlCharacters),
            new Mutation("path traversal", false, this::pathTraversal),
            new Mutation("path payload", false, this::pathPayload),
            new Mutation("query", false, this::query),
            new Mutation("content type", false, this::contentType),
            new Mutation("accept", false, (r, random) -> r.header("Accept", pick(random, ACCEPTS))),
            new Mutation("accept language", false, (r, random) -> r.header("Accept-Language", pick(random, LANGUAGES))),
            new Mutation("other header", false, this::otherHeader),
            new Mutation("wrong method", false, this::wrongMethod));

    /** Mutates {@code request} (a fresh valid skeleton) in place and gives it a caller. */
    GateRequest mutate(GateRequest request, ApiOperation operation, Random random) {
        int count = 1 + (random.nextInt(10) < 3 ? random.nextInt(3) : 0);
        for (int i = 0; i < count; i++) {
            // An earlier mutation may have replaced the JSON body by raw bytes: body mutations then no longer apply.
            boolean body = request.json != null;
            List<Mutation> applicable = catalogue.stream().filter(m -> body || !m.needsBody())
                    .filter(m -> !m.name().startsWith("path") || !operation.in("path").isEmpty())
                    .toList();
            pick(random, applicable).apply().accept(request, random);
        }
        caller(request, random);
        return request;
    }

    private void caller(GateRequest request, Random random) {
        int choice = random.nextInt(3);
        if (choice == 0) {
            request.note("no token");
            return;
        }
        if (choice == 1) {
            String valid = RoleTokens.of(Role.CITIZEN).orElseThrow();
            String[] parts = valid.split("\\.");
            String header = switch (random.nextInt(11)) {
                case 0 -> "Bearer";
                case 1 -> "Bearer ";
                case 2 -> "Bearer a.b.c";
                case 3 -> "Basic " + Base64.getEncoder().encodeToString("warga:warga-demo".getBytes(StandardCharsets.UTF_8));
                case 4 -> "Bearer " + parts[0] + "." + parts[1] + "." + flip(parts[2]);
                case 5 -> "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
                case 6 -> "Bearer " + "x".repeat(3000);
                case 7 -> "Negotiate YIIB";
                case 8 -> "Bearer ' OR 1=1--";
                case 9 -> "Bearer " + valid + " extra";
                default -> "Bearer%20" + valid;
            };
            request.header("Authorization", header);
            request.note("broken token");
            return;
        }
        Role[] roles = Role.values();
        Role role = roles[1 + random.nextInt(roles.length - 1)];
        request.header("Authorization", "Bearer " + RoleTokens.of(role).orElseThrow());
        request.note("token " + role.key);
    }

    private static String flip(String signature) {
        char last = signature.charAt(signature.length() - 2);
        return signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A') + signature.charAt(signature.length() - 1);
    }

    // --- body ---

    /** A place in the JSON body: its container and the field name or index there. */
    private record Slot(JsonNode container, String field, int index) {
        JsonNode get() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        String name() {
            return field != null ? field : "[" + index + "]";
        }
    }

    private static List<Slot> slots(JsonNode node) {
        List<Slot> slots = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                slots.add(new Slot(node, f, -1));
                slots.addAll(slots(node.get(f)));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                slots.addAll(slots(node.get(i)));
            }
        }
        return slots;
    }

    private void wrongType(GateRequest request, Random random) {
        List<Slot> slots = slots(request.json);
        JsonNode wrong = switch (random.nextInt(7)) {
            case 0 -> NODES.textNode("not-a-" + random.nextInt(100));
            case 1 -> NODES.numberNode(random.nextInt(1000) - 500);
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(1).add("x");
            case 5 -> NODES.objectNode().put("x", 1);
            default -> NODES.numberNode(1.5);
        };
        if (slots.isEmpty()) {
            request.json = wrong;
            request.note("body is " + wrong);
            return;
        }
        Slot slot = pick(random, slots);
        slot.set(wrong);
        request.note("wrong type at " + slot.name() + " = " + wrong);
    }

    private void missingField(GateRequest request, Random random) {
        List<Slot> fields = slots(request.json).stream().filter(s -> s.field() != null).toList();
        if (fields.isEmpty() || random.nextInt(5) == 0) {
            request.json = NODES.objectNode();
            request.note("body {}");
            return;
        }
        Slot slot = pick(random, fields);
        ((ObjectNode) slot.container()).remove(slot.field());
        request.note("without " + slot.field());
    }

    private void extraField(GateRequest request, Random random) {
        List<JsonNode> objects = new ArrayList<>();
        if (request.json.isObject()) {
            objects.add(request.json);
        }
        slots(request.json).stream().map(Slot::get).filter(JsonNode::isObject).forEach(objects::add);
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode target = (ObjectNode) pick(random, objects);
        String name = pick(random, List.of("__proto__", "constructor", "$where", "id", "status", "citizenId", "role",
                "admin", "x".repeat(2000), "", "a.b", "agencyCode", "mppCode", "createdAt", "version"));
        target.set(name, random.nextBoolean() ? NODES.textNode(pick(random, PAYLOADS))
                : NODES.objectNode().put("$gt", ""));
        request.note("extra field '" + GateRequest.shorten(name, 20) + "'");
    }

    private void payloadValue(GateRequest request, Random random) {
        List<Slot> slots = slots(request.json).stream().filter(s -> s.get().isValueNode()).toList();
        String payload = pick(random, PAYLOADS);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = pick(random, slots);
        slot.set(NODES.textNode(payload));
        request.note(slot.name() + " = '" + GateRequest.shorten(payload, 30) + "'");
    }

    private void oddNumber(GateRequest request, Random random) {
        List<Slot> slots = slots(request.json).stream().filter(s -> s.get().isValueNode()).toList();
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = pick(random, slots);
        String number = pick(random, List.of("1e400", "-1e400", "99999999999999999999999", "-9223372036854775809",
                "0.000000000000000000001", "-0", "1E2", "2147483648", "NaN", "Infinity", "0x10", "01"));
        slot.set(NODES.textNode(MARK));
        request.rawBody = replaceMark(request, ("\"" + MARK + "\"").getBytes(StandardCharsets.UTF_8),
                number.getBytes(StandardCharsets.US_ASCII));
        request.note(slot.name() + " = " + number);
    }

    private void hugeBody(GateRequest request, Random random) {
        if (request.header("Content-Type") == null) {
            request.header("Content-Type", "application/json");
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                ObjectNode object = request.json != null && request.json.isObject() ? (ObjectNode) request.json : NODES.objectNode();
                List<String> fields = new ArrayList<>();
                object.fieldNames().forEachRemaining(fields::add);
                String field = fields.isEmpty() ? "description" : pick(random, fields);
                object.put(field, "A".repeat(HUGE));
                request.json = object;
                request.note("huge string in " + field);
            }
            case 1 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < HUGE / 4; i++) {
                    array.add(i % 10);
                }
                request.json = request.json != null && request.json.isObject()
                        ? ((ObjectNode) request.json).set(firstArrayField(request.json), array) : array;
                request.note("huge array");
            }
            case 2 -> {
                byte[] bytes = new byte[HUGE];
                random.nextBytes(bytes);
                request.rawBody = bytes;
                request.note("1.1 MB of random bytes");
            }
            default -> {
                request.rawBody = ("[".repeat(HUGE / 2)).getBytes(StandardCharsets.US_ASCII);
                request.note("deep nesting");
            }
        }
    }

    private static String firstArrayField(JsonNode object) {
        var fields = object.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getValue().isArray()) {
                return field.getKey();
            }
        }
        return "items";
    }

    private void emptyBody(GateRequest request, Random random) {
        request.json = null;
        request.rawBody = new byte[0];
        if (random.nextBoolean() && request.header("Content-Type") == null) {
            request.header("Content-Type", "application/json");
        }
        request.note("empty body");
    }

    private void otherDocument(GateRequest request, Random random) {
        String text = pick(random, List.of("null", "[]", "\"x\"", "42", "{", "{\"a\":}", "{\"a\":1,}", "\uFEFF{}",
                "{'a':1}", "{\"a\":1}{\"b\":2}", "<xml/>", "a=1&b=2", "{\"a\":1,\"a\":2}", "[{}]", "true", "--x--"));
        request.json = null;
        request.rawBody = text.getBytes(StandardCharsets.UTF_8);
        if (request.header("Content-Type") == null) {
            request.header("Content-Type", "application/json");
        }
        request.note("body " + text);
    }

    private void invalidUtf8(GateRequest request, Random random) {
        byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}};
        byte[] bytes = invalid[random.nextInt(invalid.length)];
        if (!markAStringValue(request, random)) {
            request.rawBody = bytes;
            request.note("invalid UTF-8 body");
            return;
        }
        request.rawBody = replaceMark(request, MARK.getBytes(StandardCharsets.UTF_8), bytes);
        request.note("invalid UTF-8 in a string");
    }

    private void controlCharacters(GateRequest request, Random random) {
        if (!markAStringValue(request, random)) {
            return;
        }
        if (random.nextBoolean()) {
            String escaped = "a\\u0000b\\u0007\\u001b\\b\\f\\u007f";
            request.rawBody = replaceMark(request, MARK.getBytes(StandardCharsets.UTF_8), escaped.getBytes(StandardCharsets.US_ASCII));
            request.note("escaped control characters in a string");
        } else {
            request.rawBody = replaceMark(request, MARK.getBytes(StandardCharsets.UTF_8), new byte[]{'a', 0, 7, 27, '\n', 'b'});
            request.note("raw control characters in a string");
        }
    }

    /** Puts {@link #MARK} into one string (or any) value of the body; false when the body has no value. */
    private static boolean markAStringValue(GateRequest request, Random random) {
        List<Slot> slots = slots(request.json).stream().filter(s -> s.get().isValueNode()).toList();
        List<Slot> strings = slots.stream().filter(s -> s.get().isTextual()).toList();
        List<Slot> choice = strings.isEmpty() ? slots : strings;
        if (choice.isEmpty()) {
            return false;
        }
        pick(random, choice).set(NODES.textNode(MARK));
        return true;
    }

    private static byte[] replaceMark(GateRequest request, byte[] mark, byte[] replacement) {
        byte[] body;
        if (request.form) {
            // A form body carries the mark percent-encoded (a JSON string's quotes are not part of a form value), and
            // takes the replacement percent-encoded byte by byte: %C3%28, %00…
            body = request.body();
            String plain = new String(mark, StandardCharsets.UTF_8);
            if (plain.length() > 1 && plain.startsWith("\"") && plain.endsWith("\"")) {
                plain = plain.substring(1, plain.length() - 1);
            }
            mark = GateRequest.encode(plain).getBytes(StandardCharsets.US_ASCII);
            replacement = percentEncoded(replacement);
        } else {
            try {
                body = JSON.writeValueAsBytes(request.json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        request.json = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i++) {
            if (matches(body, i, mark)) {
                out.writeBytes(replacement);
                i += mark.length - 1;
            } else {
                out.write(body[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] percentEncoded(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean matches(byte[] body, int at, byte[] mark) {
        if (at + mark.length > body.length) {
            return false;
        }
        for (int j = 0; j < mark.length; j++) {
            if (body[at + j] != mark[j]) {
                return false;
            }
        }
        return true;
    }

    // --- parameters ---

    private void pathTraversal(GateRequest request, Random random) {
        String name = pick(random, new ArrayList<>(request.pathValues.keySet()));
        String value = pick(random, TRAVERSALS);
        request.pathValues.put(name, random.nextBoolean() ? value : request.pathValues.get(name) + "/" + value);
        request.note("path " + name + " = " + value);
    }

    private void pathPayload(GateRequest request, Random random) {
        String name = pick(random, new ArrayList<>(request.pathValues.keySet()));
        String value = pick(random, PATH_PAYLOADS);
        request.pathValues.put(name, value);
        request.note("path " + name + " = " + GateRequest.shorten(value, 30));
    }

    private void query(GateRequest request, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> {
                if (!request.query.isEmpty()) {
                    request.query.remove(random.nextInt(request.query.size()));
                    request.note("a query parameter left out");
                } else {
                    request.query.add(new AbstractMap.SimpleEntry<>("unexpected", queryValue(pick(random, PAYLOADS))));
                    request.note("unexpected query parameter");
                }
            }
            case 1 -> {
                if (!request.query.isEmpty()) {
                    var q = request.query.get(random.nextInt(request.query.size()));
                    request.query.add(new AbstractMap.SimpleEntry<>(q.getKey(), queryValue(pick(random, PAYLOADS))));
                    request.note("query " + q.getKey() + " twice");
                }
            }
            case 2 -> {
                String value = pick(random, List.of("2026-02-30", "2026-13-45", "abc", "-1", "1e400", "99999999999999",
                        "%ff", "%zz", "", "true", "00:99", "P-1D", "null"));
                String name = request.query.isEmpty() ? "date" : request.query.get(random.nextInt(request.query.size())).getKey();
                request.query.removeIf(q -> q.getKey().equals(name));
                request.query.add(new AbstractMap.SimpleEntry<>(name, value.startsWith("%") ? value : GateRequest.encode(value)));
                request.note("query " + name + " = " + value);
            }
            case 3 -> {
                String name = request.query.isEmpty() ? "mpp" : request.query.get(random.nextInt(request.query.size())).getKey();
                String value = pick(random, PAYLOADS);
                request.query.removeIf(q -> q.getKey().equals(name));
                request.query.add(new AbstractMap.SimpleEntry<>(name, queryValue(value)));
                request.note("query " + name + " = '" + GateRequest.shorten(value, 30) + "'");
            }
            default -> {
                request.query.add(new AbstractMap.SimpleEntry<>(pick(random, List.of("%00", "a[]", "=", "&", "__proto__[x]")),
                        "1"));
                request.note("odd query name");
            }
        }
    }

    /** Encoded, and short enough that the request line stays under the server's 4 KB limit. */
    private static String queryValue(String value) {
        String text = value;
        while (GateRequest.encode(text).length() > 1200) {
            text = text.substring(0, text.length() / 2);
        }
        return GateRequest.encode(text);
    }

    // --- headers and method ---

    private void contentType(GateRequest request, Random random) {
        if (random.nextInt(4) == 0) {
            request.removeHeader("Content-Type");
            request.note("no Content-Type");
        } else {
            request.header("Content-Type", pick(random, CONTENT_TYPES));
        }
        if (!request.hasBody() && random.nextBoolean()) {
            request.rawBody = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
            request.note("unexpected body");
        }
    }

    private void otherHeader(GateRequest request, Random random) {
        String[] header = pick(random, OTHER_HEADERS);
        request.header(header[0], header[1]);
    }

    private void wrongMethod(GateRequest request, Random random) {
        String method = pick(random, List.of("PATCH", "DELETE", "PUT", "POST", "GET", "OPTIONS").stream()
                .filter(m -> !m.equals(request.method)).toList());
        request.note("method " + method + " instead of " + request.method);
        request.method = method;
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
