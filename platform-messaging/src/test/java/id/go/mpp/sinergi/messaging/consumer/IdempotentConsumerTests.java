package id.go.mpp.sinergi.messaging.consumer;

import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketCompleted;
import id.go.mpp.sinergi.testing.EventPublisher;
import id.go.mpp.sinergi.testing.KafkaTestResource;
import id.go.mpp.sinergi.testing.PostgresTestResource;
import id.go.mpp.sinergi.testing.ReceivedEvent;
import id.go.mpp.sinergi.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = "sinergi.test.parcels.v1,sinergi.test.consumed.v1"))
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class IdempotentConsumerTests {

    private static final String TOPIC = "sinergi.test.consumed.v1";
    private static final String DLQ = "sinergi.test.consumed.v1.dlq.platform-messaging-test";

    @Inject
    AgroalDataSource dataSource;

    private EventPublisher publisher;

    @BeforeEach
    void publisher() {
        publisher = new EventPublisher(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void aRedeliveredEventTakesEffectOnce() throws Exception {
        String visitId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(visitId, eventId, completed(visitId, "SERVED"));
        send(visitId, eventId, completed(visitId, "SERVED"));
        String other = UUID.randomUUID().toString();
        send(visitId, other, completed(visitId, "SERVED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects(visitId) == 2);
        Thread.sleep(1_000);
        assertThat(effects(visitId)).as("one effect per distinct event id").isEqualTo(2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextEventStillTakesEffect() {
        String visitId = UUID.randomUUID().toString();
        publisher.publishRaw(TOPIC, visitId, "{not a cloud event", Map.of());
        String eventId = UUID.randomUUID().toString();
        send(visitId, eventId, "{\"visitId\": 42, \"waitingSeconds\": \"soon\"}");
        String goodId = UUID.randomUUID().toString();
        send(visitId, goodId, completed(visitId, "SERVED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects(visitId) == 1);
        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), DLQ)) {
            List<ReceivedEvent> dead = reader.await(e -> visitId.equals(e.key()), 2, Duration.ofSeconds(20));
            assertThat(dead).extracting(e -> e.headers().get("dead-letter-reason")).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(dead).extracting(ReceivedEvent::data).contains("{not a cloud event");
        }
    }

    @Test
    void anEffectThatFailsLeavesNoProcessedMarkAndGoesToTheDeadLetterTopic() throws Exception {
        String visitId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(visitId, eventId, completed(visitId, "explode"));

        try (TopicReader reader = TopicReader.fromBeginning(KafkaTestResource.broker().bootstrapServers(), DLQ)) {
            reader.await(e -> eventId.equals(e.id()), 1, Duration.ofSeconds(20));
        }
        assertThat(processedMarks(eventId)).as("processed mark rolled back with the failed effect").isZero();
    }

    @Test
    void anEventTypeTheConsumerDoesNotHandleIsAcknowledgedWithoutADatabaseWrite() throws Exception {
        String visitId = UUID.randomUUID().toString();
        String calledId = UUID.randomUUID().toString();
        publisher.publishRaw(TOPIC, visitId, EventJson.write(new TicketCalled(visitId, UUID.randomUUID().toString(),
                "IMI-A-001", "kota-jambi", "imigrasi", "paspor-baru", "IMI-1", "officer", Instant.now(), 60)), Map.of(
                "ce_specversion", "1.0", "ce_id", calledId, "ce_type", "id.go.mpp.queue.ticket-called.v1",
                "ce_source", "/sinergi/test", "ce_subject", visitId));
        String completedId = UUID.randomUUID().toString();
        send(visitId, completedId, completed(visitId, "SERVED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effects(visitId) == 1);
        assertThat(processedMarks(calledId)).as("no processed mark for an ignored type").isZero();
        assertThat(processedMarks(completedId)).isEqualTo(1);
    }

    private long processedMarks(String eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String completed(String visitId, String outcome) {
        return EventJson.write(new TicketCompleted(visitId, UUID.randomUUID().toString(), "IMI-A-001", "kota-jambi",
                "imigrasi", "paspor-baru", "IMI-1", "citizen", outcome, Instant.now(), 60, 120, null, null));
    }

    private void send(String key, String eventId, String data) {
        publisher.publishRaw(TOPIC, key, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "id.go.mpp.queue.ticket-completed.v1",
                "ce_source", "/sinergi/test",
                "ce_subject", key));
    }

    private long effects(String visitId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from delivery_log where visit_id = ?")) {
            s.setString(1, visitId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
