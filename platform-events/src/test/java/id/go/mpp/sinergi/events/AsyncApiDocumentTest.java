package id.go.mpp.sinergi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentTest {

    private final JsonNode doc = read();

    @Test
    void documentIsAsyncApi3() {
        assertThat(doc.path("asyncapi").asText()).startsWith("3.");
    }

    @Test
    void everyTopicAndDeadLetterTopicHasAChannel() {
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        List<String> topics = new ArrayList<>(Topics.ALL);
        topics.addAll(Topics.DEAD_LETTER);
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void everyEventIsAMessageOnItsTopicsChannel() {
        for (Class<? extends SinergiEvent> event : EventCatalog.ALL) {
            String type = EventCatalog.typeOf(event);
            JsonNode message = messageNamed(type);
            assertThat(message).as("message for %s", type).isNotNull();

            String schemaName = message.path("payload").path("$ref").asText().replace("#/components/schemas/", "");
            JsonNode schema = doc.path("components").path("schemas").path(schemaName);
            List<String> documented = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(documented::add);
            List<String> fields = new ArrayList<>();
            for (RecordComponent component : event.getRecordComponents()) {
                fields.add(component.getName());
            }
            assertThat(documented).as("documented fields of %s", type).containsExactlyInAnyOrderElementsOf(fields);

            String channelKey = channelOf(EventCatalog.topicOf(event));
            assertThat(Topics.ALL).contains(EventCatalog.topicOf(event));
            List<String> refs = new ArrayList<>();
            doc.path("channels").path(channelKey).path("messages")
                    .forEach(ref -> refs.add(ref.path("$ref").asText()));
            assertThat(refs).as("messages of channel %s", channelKey)
                    .contains("#/components/messages/" + messageKey(type));
        }
    }

    @Test
    void everyDocumentedFieldHasTheTypeOfItsRecordComponent() {
        for (Class<? extends SinergiEvent> event : EventCatalog.ALL) {
            String type = EventCatalog.typeOf(event);
            JsonNode schema = schemaOf(type);
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as("required fields of %s are documented", type).containsAll(required);

            for (RecordComponent component : event.getRecordComponents()) {
                String field = component.getName();
                JsonNode property = schema.path("properties").path(field);
                String where = type + " " + field;
                Set<String> types = new HashSet<>();
                if (property.path("type").isArray()) {
                    property.path("type").forEach(t -> types.add(t.asText()));
                } else {
                    types.add(property.path("type").asText());
                }
                if (types.contains("null")) {
                    assertThat(required).as("%s may be null, so it is not required", where).doesNotContain(field);
                }
                Class<?> java = component.getType();
                if (java == Instant.class) {
                    assertThat(types).as(where).contains("string");
                    assertThat(property.path("format").asText()).as(where).isEqualTo("date-time");
                } else if (java == LocalDate.class) {
                    assertThat(types).as(where).contains("string");
                    assertThat(property.path("format").asText()).as(where).isEqualTo("date");
                } else if (java == boolean.class) {
                    assertThat(types).as(where).containsExactly("boolean");
                    assertThat(required).as("%s is a primitive, never null", where).contains(field);
                } else if (java == long.class || java == int.class) {
                    assertThat(types).as(where).containsExactly("integer");
                    assertThat(required).as("%s is a primitive, never null", where).contains(field);
                } else if (List.class.isAssignableFrom(java)) {
                    assertThat(types).as(where).contains("array");
                } else if (java.util.Map.class.isAssignableFrom(java)) {
                    assertThat(types).as(where).contains("object");
                    assertThat(property.has("additionalProperties")).as("%s says what its values are", where).isTrue();
                } else {
                    assertThat(java).as(where).isEqualTo(String.class);
                    assertThat(types).as(where).contains("string");
                }
            }
        }
    }

    @Test
    void everyReferenceInTheDocumentPointsToAPartOfIt() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).as("local reference").startsWith("#/");
            JsonNode target = doc.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        }
    }

    @Test
    void everyEventTypeFollowsTheNamingRule() {
        for (Class<? extends SinergiEvent> event : EventCatalog.ALL) {
            assertThat(EventCatalog.typeOf(event)).matches("id\\.go\\.mpp\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
            assertThat(event.isRecord()).as("%s is a record", event.getSimpleName()).isTrue();
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private JsonNode messageNamed(String type) {
        for (JsonNode message : doc.path("components").path("messages")) {
            if (type.equals(message.path("name").asText())) {
                return message;
            }
        }
        return null;
    }

    private JsonNode schemaOf(String type) {
        String name = messageNamed(type).path("payload").path("$ref").asText().replace("#/components/schemas/", "");
        return doc.path("components").path("schemas").path(name);
    }

    private String messageKey(String type) {
        var it = doc.path("components").path("messages").fields();
        while (it.hasNext()) {
            var entry = it.next();
            if (type.equals(entry.getValue().path("name").asText())) {
                return entry.getKey();
            }
        }
        return null;
    }

    private String channelOf(String topic) {
        var it = doc.path("channels").fields();
        while (it.hasNext()) {
            var entry = it.next();
            if (topic.equals(entry.getValue().path("address").asText())) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no channel for topic " + topic);
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(AsyncApiDocument.yaml());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
