package id.go.mpp.sinergi.core.outbox;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.SinergiEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    public Outbox() {
        this(Clock.systemUTC());
    }

    Outbox(Clock clock) {
        this.clock = clock;
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
