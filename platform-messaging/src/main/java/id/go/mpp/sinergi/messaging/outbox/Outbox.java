package id.go.mpp.sinergi.messaging.outbox;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.SinergiEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes events to the transactional outbox. Call it inside the Hibernate Reactive transaction that
 * changes the state the event describes ({@code @WithTransaction} / {@code Panache.withTransaction}): the
 * event is then published if and only if the change commits.
 *
 * <p>Order per aggregate holds when every state change of an aggregate goes through an optimistic lock
 * ({@code @Version}) or a row lock: a later change then always gets a later outbox id.
 */
@ApplicationScoped
public class Outbox {

    // The double cast makes PostgreSQL type the parameter as text; typed as jsonb, the reactive client
    // would store the JSON document as a JSON string.
    private static final String INSERT = """
            insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at)
            values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7)""";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** The values of one outbox row, for a statement that writes the state change and its event at once. */
    public record Row(UUID eventId, String topic, String aggregateId, String type, String subject, String payload,
                      OffsetDateTime occurredAt) {

        /** Binds the row's values to positions {@code first} … {@code first + 6} of {@link #insertSelect}. */
        public <Q extends org.hibernate.reactive.mutiny.Mutiny.SelectionQuery<?>> Q bind(Q query, int first) {
            query.setParameter(first, eventId);
            query.setParameter(first + 1, topic);
            query.setParameter(first + 2, aggregateId);
            query.setParameter(first + 3, type);
            query.setParameter(first + 4, subject);
            query.setParameter(first + 5, payload);
            query.setParameter(first + 6, occurredAt);
            return query;
        }

        /** The row's values in the order of {@link #insertSelect}, for a statement on the reactive pool. */
        public List<Object> values() {
            return Arrays.asList(eventId, topic, aggregateId, type, subject, payload, occurredAt);
        }
    }

    /** The outbox row of {@code event}, for {@link #insertSelect}. */
    public Row row(SinergiEvent event) {
        Class<? extends SinergiEvent> type = event.getClass();
        return new Row(UUID.randomUUID(), EventCatalog.topicOf(type), event.aggregateId(), EventCatalog.typeOf(type),
                event.subject(), EventJson.write(event), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /**
     * SQL that inserts one outbox row per row of {@code source} (a CTE name), with the row's values at parameter
     * positions {@code first} … {@code first + 6} ({@link Row#bind}). For a single statement such as
     * {@code with changed as (update … returning …), published as (<this> returning event_id) select …}: the
     * event is written exactly when the change is, atomically, in one round trip — the statement is its own
     * transaction, so no {@link #add} transaction is needed. On the reactive pool (no Hibernate session), turn the
     * {@code ?n} markers into {@code $n} and pass {@link Row#values()}.
     */
    public static String insertSelect(String source, int first) {
        return ("insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at) "
                + "select ?%d, ?%d, ?%d, ?%d, ?%d, cast(cast(?%d as text) as jsonb), ?%d from %s")
                .formatted(first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, source);
    }

    /**
     * SQL that inserts one outbox row per row of {@code source}, a CTE with the columns {@code event_id, topic,
     * aggregate_id, event_type, subject, payload} (JSON as text) and {@code occurred_at}: for a statement that
     * writes many state changes and their events at once (e.g. from {@code unnest} of arrays of {@link Row} values).
     */
    public static String insertFrom(String source) {
        return ("insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at) "
                + "select event_id, topic, aggregate_id, event_type, subject, cast(payload as jsonb), occurred_at from %s")
                .formatted(source);
    }

    /** Adds {@code event} to the outbox of the current transaction and returns its CloudEvents id. */
    public Uni<UUID> add(SinergiEvent event) {
        Class<? extends SinergiEvent> type = event.getClass();
        UUID eventId = UUID.randomUUID();
        return Panache.currentTransaction().chain(tx -> {
            if (tx == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Outbox.add must run inside a transaction (@WithTransaction or Panache.withTransaction)"));
            }
            return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                    .setParameter(1, eventId)
                    .setParameter(2, EventCatalog.topicOf(type))
                    .setParameter(3, event.aggregateId())
                    .setParameter(4, EventCatalog.typeOf(type))
                    .setParameter(5, event.subject())
                    .setParameter(6, EventJson.write(event))
                    .setParameter(7, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .executeUpdate());
        }).replaceWith(eventId);
    }
}
