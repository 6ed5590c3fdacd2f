package id.go.mpp.sinergi.e2e;

import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.testing.RepoPaths;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead-letter topic keeps a poisoned record 14 days ({@link Topics#DEAD_LETTER_RETENTION}), long enough for an
 * operator to look at it and replay it, not for ever (it may carry a citizen's data): read from the running broker
 * of the platform, where the topics were created as for the services, not from the constant.
 */
class DeadLetterRetentionIT {

    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    @Test
    void everyDeadLetterTopicOnTheBrokerKeepsItsRecordsFourteenDays() throws Exception {
        Platform platform = Platform.shared();
        List<ConfigResource> topics = Topics.DEAD_LETTER.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            for (ConfigResource topic : topics) {
                ConfigEntry retention = configs.get(topic).get("retention.ms");
                assertThat(retention.value()).as("retention.ms of %s", topic.name())
                        .isEqualTo(String.valueOf(FOURTEEN_DAYS.toMillis()));
                // Set on the topic itself: a broker default that happened to match would not follow the topic.
                assertThat(retention.source()).as("where retention.ms of %s comes from", topic.name())
                        .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
                assertThat(configs.get(topic).get("cleanup.policy").value()).as("cleanup.policy of %s", topic.name())
                        .isEqualTo("delete");
            }
        }
    }

    @Test
    void theTopicsReadModelsAreRebuiltFromKeepTheirWholeHistory() throws Exception {
        Platform platform = Platform.shared();
        List<ConfigResource> topics = Topics.HISTORY_KEPT.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            for (ConfigResource topic : topics) {
                for (String limit : List.of("retention.ms", "retention.bytes")) {
                    ConfigEntry entry = configs.get(topic).get(limit);
                    assertThat(entry.value()).as("%s of %s", limit, topic.name()).isEqualTo("-1");
                    assertThat(entry.source()).as("where %s of %s comes from", limit, topic.name())
                            .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
                }
            }
        }
    }

    @Test
    void everyDeadLetterTopicAServiceWritesToIsOneThatGetsTheRetention() throws IOException {
        List<String> configured = new ArrayList<>();
        for (String module : List.of("queue-service", "complaint-service", "survey-service", "agency-gateway")) {
            Properties config = new Properties();
            try (InputStream in = Files.newInputStream(RepoPaths.root().resolve(module)
                    .resolve("src/main/resources/application.properties"))) {
                config.load(in);
            }
            for (String key : config.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".failure-strategy")
                        && "dead-letter-queue".equals(config.getProperty(key).trim())) {
                    String channel = key.substring(0, key.length() - ".failure-strategy".length());
                    String topic = config.getProperty(channel + ".dead-letter-queue.topic");
                    // Without a topic of its own a channel writes to SmallRye's default name, which nothing creates.
                    assertThat(topic).as("%s %s.dead-letter-queue.topic", module, channel).isNotBlank();
                    configured.add(topic.trim());
                }
            }
        }
        assertThat(configured).as("dead-letter topics the services write to").isNotEmpty();
        assertThat(Topics.DEAD_LETTER).as("the dead-letter topics created with their retention")
                .containsAll(configured);
    }
}
