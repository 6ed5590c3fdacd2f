package id.go.mpp.sinergi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
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
