package id.go.mpp.sinergi.messaging.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Applies the effect of an event at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the effect, so a redelivered event (Kafka delivers at
 * least once) finds its id and does nothing, and an effect that fails leaves no record behind.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final String MARK = """
            insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
            on conflict do nothing""";

    /**
     * Runs {@code effect} in a new transaction unless {@code consumer} already processed {@code eventId}.
     *
     * @return true if the effect ran, false for a duplicate
     */
    public Uni<Boolean> processOnce(String consumer, String eventId, String eventType, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(MARK)
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, eventType)
                        .executeUpdate())
                .chain(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE)));
    }
}
