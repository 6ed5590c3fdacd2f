package id.go.mpp.sinergi.complaint.store;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Many outbox rows in one statement, in the caller's transaction ({@link Outbox#add} is one statement per event):
 * one array per column, unnested in the rows' order, so the outbox ids (the relay's publishing order) follow the
 * list. The times go as ISO-8601 text: Hibernate hands an {@code OffsetDateTime[]} to the reactive client as an
 * {@code Instant[]}, which the client cannot encode as {@code timestamptz[]}; {@code uuid[]} and {@code text[]} bind
 * as they are.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final String INSERT = """
            with source as (
                select event_id, topic, aggregate_id, event_type, subject, payload,
                       cast(occurred_at as timestamptz) as occurred_at
                from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                            cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[])) with ordinality
                    as s(event_id, topic, aggregate_id, event_type, subject, payload, occurred_at, n)
                order by n)
            """ + Outbox.insertFrom("source");

    /** Adds the rows ({@link Outbox#row}) to the outbox of the current transaction; answers how many. */
    public Uni<Integer> add(List<Outbox.Row> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        int n = rows.size();
        UUID[] eventIds = new UUID[n];
        String[] topics = new String[n];
        String[] aggregateIds = new String[n];
        String[] types = new String[n];
        String[] subjects = new String[n];
        String[] payloads = new String[n];
        String[] occurredAt = new String[n];
        for (int k = 0; k < n; k++) {
            Outbox.Row row = rows.get(k);
            eventIds[k] = row.eventId();
            topics[k] = row.topic();
            aggregateIds[k] = row.aggregateId();
            types[k] = row.type();
            subjects[k] = row.subject();
            payloads[k] = row.payload();
            // UTC with seconds always written, in microseconds as the client sends an OffsetDateTime (PostgreSQL
            // would round nanoseconds instead).
            occurredAt[k] = row.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS).toString();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter(1, eventIds).setParameter(2, topics).setParameter(3, aggregateIds)
                .setParameter(4, types).setParameter(5, subjects).setParameter(6, payloads)
                .setParameter(7, occurredAt)
                .executeUpdate());
    }
}
