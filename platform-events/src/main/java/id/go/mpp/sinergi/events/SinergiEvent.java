package id.go.mpp.sinergi.events;

/**
 * A fact one service publishes for others. Every implementation is a record annotated with
 * {@link EventType} and listed in {@link EventCatalog}.
 */
public interface SinergiEvent {

    /**
     * Id of the aggregate the event belongs to. It is the Kafka record key, so all events of one
     * aggregate land on one partition and keep their order.
     */
    String aggregateId();

    /** CloudEvents {@code subject}: the entity the event is about (e.g. the ticket id). */
    String subject();
}
