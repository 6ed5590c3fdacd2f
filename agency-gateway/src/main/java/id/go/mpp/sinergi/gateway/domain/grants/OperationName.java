package id.go.mpp.sinergi.gateway.domain.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An operation of the gateway's API as its OpenAPI document and the gates spell it: {@code METHOD /path/{template}},
 * e.g. {@code GET /api/v1/visits/{visitId}/identity-verification}. Normalised: the method upper-case, one space, the
 * path with a leading slash, no empty segments or trailing slash, and templates without their regular expression
 * ({@code {seq: [0-9]+}} is {@code {seq}}). Two names of the same endpoint that differ only in their templates'
 * names have the same {@link #shape()}.
 */
public record OperationName(String method, String path) {

    /** Longer than any operation of ours; a name sent to the admin API is refused past it. */
    public static final int MAX_LENGTH = 300;

    public OperationName {
        if (method == null || !method.matches("[A-Z]{3,10}") || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("Not an operation name: " + method + " " + path);
        }
    }

    /** The operation of a resource method: its HTTP method and the {@code @Path} values of class and method. */
    public static OperationName of(String httpMethod, String... pathParts) {
        StringBuilder joined = new StringBuilder();
        for (String part : pathParts) {
            if (part != null) {
                joined.append('/').append(part);
            }
        }
        return new OperationName(httpMethod.toUpperCase(Locale.ROOT), normalisedPath(joined.toString()));
    }

    /**
     * A name as someone wrote it ({@code "get  /api/v1/visits/{visitId}/identity-verification/"}), normalised; empty
     * if it is none: no method of letters, no path starting with {@code /}, unbalanced braces, control characters,
     * longer than {@link #MAX_LENGTH}.
     */
    public static Optional<OperationName> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        int space = indexOfWhitespace(trimmed);
        if (space < 0) {
            return Optional.empty();
        }
        String method = trimmed.substring(0, space);
        String path = trimmed.substring(space).strip();
        if (!method.matches("[A-Za-z]{3,10}") || !path.startsWith("/") || !balanced(path)) {
            return Optional.empty();
        }
        return Optional.of(new OperationName(method.toUpperCase(Locale.ROOT), normalisedPath(path)));
    }

    /** The name with every template as {@code {}}: what identifies the endpoint whatever its templates are called. */
    public String shape() {
        StringBuilder out = new StringBuilder(method).append(' ');
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{}");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Segments split at slashes outside templates (a template's expression may hold one), templates cleaned. */
    static String normalisedPath(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        int depth = 0;
        int templateStart = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (depth == 0 && c == '/') {
                if (!segment.isEmpty()) {
                    segments.add(segment.toString());
                }
                segment.setLength(0);
            } else if (c == '{') {
                if (depth++ == 0) {
                    templateStart = i;
                }
            } else if (c == '}' && depth > 0) {
                if (--depth == 0) {
                    segment.append('{').append(templateName(path.substring(templateStart + 1, i))).append('}');
                }
            } else if (depth == 0) {
                segment.append(c);
            }
        }
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
        }
        return "/" + String.join("/", segments);
    }

    private static String templateName(String template) {
        int colon = template.indexOf(':');
        return (colon < 0 ? template : template.substring(0, colon)).strip();
    }

    private static boolean balanced(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
