package id.go.mpp.sinergi.testing.gates;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * One operation of an OpenAPI document: {@code method} and {@code path} template as the document spells them
 * ({@code POST /invitations/{id}/response}), its parameters, and its request body's media types and schema (refs
 * resolved lazily through {@link OpenApiModel#resolve}).
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, List<String> bodyMediaTypes,
                           Optional<JsonNode> bodySchema, boolean bodyRequired) {

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** {@code METHOD /path/{template}}: the key of the operation in {@code gates/access.yaml}. */
    public String key() {
        return method + " " + path;
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return key();
    }
}
