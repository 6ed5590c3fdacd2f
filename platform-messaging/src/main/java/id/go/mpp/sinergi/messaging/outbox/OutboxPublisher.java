package id.go.mpp.sinergi.messaging.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Moves committed outbox rows to Kafka, oldest first, as CloudEvents in binary mode.
 *
 * <p>One batch is one database transaction: take the relay lock (a transaction-scoped advisory lock, so
 * that of several instances of a service only one publishes at a time and the order per aggregate holds),
 * read the oldest unpublished rows, send them and wait for every acknowledgement ({@code acks=all},
 * idempotent producer), then mark them published and commit. If Kafka fails, the transaction rolls back and
 * the same rows are sent again later: delivery is at least once, in order; consumers de-duplicate by
 * event id.
 */
public final class OutboxPublisher {

    /** Key of the advisory lock that elects the publishing instance (per database). */
    static final long RELAY_LOCK = 0x53494E4552474931L;

    private static final String SELECT = """
            select id, event_id, topic, aggregate_id, event_type, subject, payload::text, occurred_at
            from outbox_event where published_at is null order by id limit ?""";

    private final DataSource dataSource;
    private final Supplier<Producer<String, String>> producerFactory;
    private final String source;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Listener listener;
    private final Clock clock;
    private Producer<String, String> producer;

    /** Observes what the publisher does (metrics, tests). */
    public interface Listener {
        void published(int count, Duration oldestLag);

        Listener NONE = (count, lag) -> {
        };
    }

    public OutboxPublisher(DataSource dataSource, Supplier<Producer<String, String>> producerFactory, String source,
                           int batchSize, Duration ackTimeout, Clock clock, Listener listener) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.producerFactory = producerFactory;
        this.source = source;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.listener = listener;
    }

    /**
     * Publishes batches until the outbox is empty or another instance holds the relay lock.
     *
     * @return rows published
     * @throws PublishFailedException when Kafka did not acknowledge; nothing of the failed batch is marked
     */
    public int drain() throws SQLException {
        int total = 0;
        while (true) {
            int published = publishBatch();
            if (published <= 0) {
                return total;
            }
            total += published;
        }
    }

    /** @return rows published, 0 if none pending, -1 if another instance is publishing */
    int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return -1;
                }
                List<Row> rows = pending(connection);
                if (!rows.isEmpty()) {
                    send(rows);
                    markPublished(connection, rows);
                }
                connection.commit();
                if (!rows.isEmpty()) {
                    listener.published(rows.size(), Duration.between(rows.get(0).occurredAt(), OffsetDateTime.now(clock)));
                }
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Deletes rows published longer ago than {@code retention}. */
    public int deletePublishedBefore(Duration retention) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from outbox_event where published_at < now() - (? * interval '1 second')")) {
            delete.setLong(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }

    public void close() {
        closeProducer();
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private List<Row> pending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
                }
                return rows;
            }
        }
    }

    private void send(List<Row> rows) {
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                acks.add(kafka.send(toRecord(row)));
            }
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeProducer();
            throw new PublishFailedException("Interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // A fresh producer after any failure: never resume on a producer in an unknown state.
            closeProducer();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new PublishFailedException("Kafka did not acknowledge " + rows.size() + " outbox rows: " + cause, cause);
        }
    }

    ProducerRecord<String, String> toRecord(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row.eventId());
        header(headers, "ce_source", source);
        header(headers, "ce_type", row.type());
        header(headers, "ce_subject", row.subject());
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(row.topic(), null, row.aggregateId(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void markPublished(Connection connection, List<Row> rows) throws SQLException {
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producerFactory.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException ignored) {
                // already broken
            }
            producer = null;
        }
    }

    record Row(long id, String eventId, String topic, String aggregateId, String type, String subject, String payload,
               OffsetDateTime occurredAt) {
    }

    /** Kafka did not take a batch; it stays in the outbox and is retried. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
