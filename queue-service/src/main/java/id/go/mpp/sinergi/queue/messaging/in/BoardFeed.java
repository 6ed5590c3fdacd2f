package id.go.mpp.sinergi.queue.messaging.in;

import id.go.mpp.sinergi.events.EventCatalog;
import id.go.mpp.sinergi.events.EventJson;
import id.go.mpp.sinergi.events.queue.TicketCalled;
import id.go.mpp.sinergi.events.queue.TicketRecalled;
import id.go.mpp.sinergi.queue.domain.board.BoardCall;
import id.go.mpp.sinergi.queue.store.Counter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds the live display boards from the visits topic, not from the request that made the call: every
 * queue-service instance reads the topic with a group of its own (from the latest offset), so a board connected
 * to any instance shows calls made on all of them, in Kafka's per-visit order.
 */
@ApplicationScoped
public class BoardFeed {

    private static final Logger LOG = Logger.getLogger(BoardFeed.class);
    private static final String CALLED = EventCatalog.typeOf(TicketCalled.class);
    private static final String RECALLED = EventCatalog.typeOf(TicketRecalled.class);

    private final BroadcastProcessor<BoardCall> calls = BroadcastProcessor.create();
    private final Map<String, String> counterNames = new ConcurrentHashMap<>();

    /** Calls at one MPP from now on. */
    public Multi<BoardCall> calls(String mppCode) {
        return calls.filter(call -> mppCode.equals(call.mppCode()));
    }

    @Incoming("board")
    public Uni<Void> onVisitEvent(Message<String> message) {
        String type = header(message, "ce_type");
        if (!CALLED.equals(type) && !RECALLED.equals(type)) {
            return Uni.createFrom().completionStage(message.ack());
        }
        Uni<BoardCall> call;
        try {
            if (CALLED.equals(type)) {
                TicketCalled e = EventJson.read(message.getPayload(), TicketCalled.class);
                call = counterName(e.mppCode(), e.counterCode()).map(name -> BoardCall.of(e.mppCode(), e.ticketNumber(),
                        e.counterCode(), name, e.agencyCode(), e.serviceCode(), 0, e.calledAt()));
            } else {
                TicketRecalled e = EventJson.read(message.getPayload(), TicketRecalled.class);
                call = counterName(e.mppCode(), e.counterCode()).map(name -> BoardCall.of(e.mppCode(), e.ticketNumber(),
                        e.counterCode(), name, e.agencyCode(), e.serviceCode(), e.recalls(), e.recalledAt()));
            }
        } catch (EventJson.InvalidEventException e) {
            LOG.warnf("Board skipped an unreadable %s event: %s", type, e.getMessage());
            return Uni.createFrom().completionStage(message.ack());
        }
        return call.invoke(board -> {
                    if (board.mppCode() == null || board.ticketNumber() == null || board.counterCode() == null) {
                        // An incomplete call must not reach the boards: one bad event would end every board's stream.
                        LOG.warnf("Board skipped a %s event without MPP, ticket number or counter", type);
                        return;
                    }
                    calls.onNext(board);
                })
                .onFailure().invoke(e -> LOG.warnf("Board could not show a call: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .chain(() -> Uni.createFrom().completionStage(message.ack()));
    }

    private Uni<String> counterName(String mppCode, String counterCode) {
        String key = mppCode + "/" + counterCode;
        String cached = counterNames.get(key);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Panache.withSession(() -> Counter.find(mppCode, counterCode))
                .map(counter -> {
                    String name = counter == null ? counterCode : counter.name;
                    counterNames.put(key, name);
                    return name;
                });
    }

    private static String header(Message<String> message, String name) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(meta -> meta.getHeaders().lastHeader(name))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse(null);
    }
}
