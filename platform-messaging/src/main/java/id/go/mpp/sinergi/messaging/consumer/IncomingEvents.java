package id.go.mpp.sinergi.messaging.consumer;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.SinergiEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a Sinergi service consumes events: read the CloudEvent, apply it once
 * ({@link IdempotentConsumer}), then acknowledge. A record that is not a readable event, or whose effect
 * fails, is nacked, which the channel's {@code failure-strategy=dead-letter-queue} turns into a record on the
 * dead-letter topic. Events of types this build does not know (a newer producer) are acknowledged and
 * skipped.
 *
 * <pre>{@code
 * @Incoming("queue-visits")
 * public Uni<Void> onVisitEvent(Message<String> message) {
 *     return events.consume("survey-service", message, envelope -> ...);
 * }
 * }</pre>
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final IdempotentConsumer idempotentConsumer;

    public IncomingEvents(IdempotentConsumer idempotentConsumer) {
        this.idempotentConsumer = idempotentConsumer;
    }

    /**
     * Like {@link #consume(String, Message, Function)}, for a consumer that acts on some event types only: records
     * of any other type are acknowledged at once, without reading their data or touching the database. (A topic
     * carries every event of its aggregates — a booking rush puts thousands of booking events on the visits topic
     * — and recording each one as processed cost a consumer a transaction per event it ignores.)
     */
    public Uni<Void> consume(String consumer, Message<String> message, Set<Class<? extends SinergiEvent>> handled,
                             Function<EventEnvelope, Uni<Void>> effect) {
        String type = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> header(kafka.getHeaders(), "ce_type")).orElse(null);
        if (type != null && EventCatalog.classOf(type).filter(handled::contains).isEmpty()) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return consume(consumer, message, effect);
    }

    public Uni<Void> consume(String consumer, Message<String> message, Function<EventEnvelope, Uni<Void>> effect) {
        EventEnvelope envelope;
        try {
            envelope = read(message);
        } catch (EventJson.InvalidEventException e) {
            LOG.warnf("%s: poison message sent to the dead-letter topic: %s", consumer, e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        if (envelope == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return idempotentConsumer.processOnce(consumer, envelope.id(), envelope.type(), () -> effect.apply(envelope))
                .onItemOrFailure().transformToUni((applied, failure) -> {
                    if (failure != null) {
                        LOG.errorf(failure, "%s: %s %s failed; sent to the dead-letter topic", consumer,
                                envelope.type(), envelope.id());
                        return Uni.createFrom().completionStage(message.nack(failure));
                    }
                    if (!applied) {
                        LOG.debugf("%s: duplicate %s %s ignored", consumer, envelope.type(), envelope.id());
                    }
                    return Uni.createFrom().completionStage(message.ack());
                });
    }

    /** @return the envelope, or null for an event type this build does not know */
    static EventEnvelope read(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new EventJson.InvalidEventException("not a Kafka record"));
        Headers headers = kafka.getHeaders();
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        String specVersion = header(headers, "ce_specversion");
        if (id == null || type == null || !"1.0".equals(specVersion)) {
            throw new EventJson.InvalidEventException("not a CloudEvents 1.0 record (ce_id=" + id + ", ce_type="
                    + type + ", ce_specversion=" + specVersion + ") at " + kafka.getTopic() + "/"
                    + kafka.getPartition() + "@" + kafka.getOffset());
        }
        if (EventCatalog.classOf(type).isEmpty()) {
            LOG.debugf("Skipping event type %s unknown to this build", type);
            return null;
        }
        String payload = message.getPayload();
        if (payload == null) {
            throw new EventJson.InvalidEventException("empty data for " + type + " " + id);
        }
        SinergiEvent data = EventJson.read(payload, type);
        Object key = kafka.getKey();
        return new EventEnvelope(id, type, header(headers, "ce_source"), header(headers, "ce_subject"),
                header(headers, "ce_time"), key == null ? null : key.toString(), data);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
