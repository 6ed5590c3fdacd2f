package id.go.mpp.sinergi.messaging.testapp;

import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * State changes with their events, the way a service's application layer does it. Each Uni is built
 * lazily so tests can subscribe to it on a Vert.x context.
 */
@ApplicationScoped
public class Parcels {

    private final Outbox outbox;

    public Parcels(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<UUID> create(String owner) {
        UUID id = UUID.randomUUID();
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> {
            Parcel parcel = new Parcel();
            parcel.id = id;
            parcel.owner = owner;
            parcel.status = "s0";
            return parcel.persist()
                    .chain(() -> outbox.add(new ParcelMoved(id.toString(), "s0", 0)))
                    .replaceWith(id);
        }));
    }

    /** Moves the parcel to status s{sequence} and records the event, in one transaction. */
    public Uni<Void> move(UUID id, int sequence) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> Parcel.<Parcel>findById(id)
                .chain(parcel -> {
                    parcel.status = "s" + sequence;
                    return outbox.add(new ParcelMoved(id.toString(), parcel.status, sequence));
                })).replaceWithVoid());
    }

    /** Writes an event and then fails: neither the change nor the event may survive. */
    public Uni<Void> moveThenFail(UUID id) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> Parcel.<Parcel>findById(id)
                .chain(parcel -> {
                    parcel.status = "broken";
                    return outbox.add(new ParcelMoved(id.toString(), "broken", -1))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("business rule failed")));
                })).replaceWithVoid());
    }

    /** Adds an event without a transaction (a programming error the outbox must refuse). */
    public Uni<Void> addWithoutTransaction(UUID id) {
        return Uni.createFrom().deferred(() -> Panache.withSession(
                () -> outbox.add(new ParcelMoved(id.toString(), "x", 99))).replaceWithVoid());
    }
}
