package id.go.mpp.sinergi.complaint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Open311 GeoReport v2 JSON Schemas (copies in {@code src/test/resources/open311-georeport-v2/}, see its
 * README), and answers checked against them: {@code services.json}, {@code service-definition.json},
 * {@code requests.json} (GET requests and GET requests/{id}, a list of one as the spec's examples answer), and the
 * Swagger document's {@code RequestResponse} (POST requests) and {@code TokenResponse} (GET tokens) for the answers
 * that have no schema file. The schemas name no draft: they are read as draft 4, the one of their time.
 */
final class Open311Schemas {

    static final String BASE = "classpath:open311-georeport-v2/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Formats (date-time, uri) are asserted, as draft 4 meant them to be. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final Schema SERVICES = REGISTRY.getSchema(SchemaLocation.of(BASE + "services.json"));
    static final Schema SERVICE_DEFINITION = REGISTRY.getSchema(SchemaLocation.of(BASE + "service-definition.json"));
    static final Schema REQUESTS = REGISTRY.getSchema(SchemaLocation.of(BASE + "requests.json"));
    static final Schema REQUEST_RESPONSES = arrayOf("RequestResponse");
    static final Schema TOKEN_RESPONSES = arrayOf("TokenResponse");

    private Open311Schemas() {
    }

    /** Fails with every error of the answer against the schema (and an answer that is not JSON). */
    static void assertValid(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("%s against %s", shorten(json), schema.getSchemaLocation()).isEmpty();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A non-empty array of a definition of the Swagger document. */
    private static Schema arrayOf(String definition) {
        String schema = """
                {"type": "array", "minItems": 1, "items": {"$ref": "%sswagger.json#/definitions/%s"}}"""
                .formatted(BASE, definition);
        return REGISTRY.getSchema(SchemaLocation.of(BASE + "array-of-" + definition + ".json"), schema,
                InputFormat.JSON);
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
