package id.go.mpp.sinergi.gateway.messaging.in;

import id.go.mpp.sinergi.gateway.app.operator.OperatorEvents;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * Feeds the operator event stream from the platform's topics ({@link OperatorEvents#TOPICS}). Every gateway instance
 * reads them with a group of its own from the latest offset (channel {@value #CHANNEL}): a watcher connected to any
 * instance sees every event, and nothing is replayed or committed. A record that is not a CloudEvent is skipped and
 * acknowledged: nothing depends on it here.
 */
@ApplicationScoped
public class OperatorEventsConsumer {

    static final String CHANNEL = "operator-events";

    private static final Logger LOG = Logger.getLogger(OperatorEventsConsumer.class);

    private final OperatorEvents events;

    public OperatorEventsConsumer(OperatorEvents events) {
        this.events = events;
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> onEvent(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        if (kafka != null && message.getPayload() != null) {
            Headers headers = kafka.getHeaders();
            String id = header(headers, "ce_id");
            String type = header(headers, "ce_type");
            if (id != null && type != null && "1.0".equals(header(headers, "ce_specversion"))) {
                try {
                    events.publish(id, type, header(headers, "ce_time"), header(headers, "ce_subject"),
                            message.getPayload());
                } catch (RuntimeException e) {
                    LOG.warnf("Operator events skipped %s %s: %s", type, id, e.getMessage());
                }
            } else {
                LOG.debugf("Operator events skipped a record that is not a CloudEvent at %s/%d@%d", kafka.getTopic(),
                        kafka.getPartition(), kafka.getOffset());
            }
        }
        return message.ack();
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
