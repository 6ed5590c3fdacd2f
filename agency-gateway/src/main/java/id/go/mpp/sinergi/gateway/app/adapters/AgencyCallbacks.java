package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.adapter.spi.InboundCall;
import id.go.mpp.sinergi.adapter.spi.InboundReply;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLog;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls agency systems make on their own: the adapter checks and reads them; what it accepts becomes events through
 * the outbox; every call, accepted or refused, is written to the message log.
 */
@ApplicationScoped
public class AgencyCallbacks {

    private final AdapterRegistry registry;
    private final Outbox outbox;
    private final MessageLog messageLog;
    private final ReplyEffects effects;
    private final AgencyDispatcher dispatcher;

    public AgencyCallbacks(AdapterRegistry registry, Outbox outbox, MessageLog messageLog, ReplyEffects effects,
                           AgencyDispatcher dispatcher) {
        this.registry = registry;
        this.outbox = outbox;
        this.messageLog = messageLog;
        this.effects = effects;
        this.dispatcher = dispatcher;
    }

    public Uni<InboundReply> receive(String agency, Map<String, List<String>> headers, byte[] body, String remote) {
        var lane = registry.lane(agency);
        if (lane.isEmpty()) {
            return Uni.createFrom().item(InboundReply.refused(404, "no such agency adapter"));
        }
        Map<String, List<String>> lowerCase = headers.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        InboundCall call = new InboundCall(lowerCase, body, remote);
        Context caller = Vertx.currentContext();
        return Uni.createFrom().item(() -> lane.get().adapter().receive(call))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // back to the request's context: its Hibernate session lives there
                .emitOn(command -> caller.runOnContext(ignored -> command.run()))
                .chain(reply -> Panache.withTransaction(() -> publish(reply.events())
                        .chain(() -> effects.apply(reply.events()))
                        .chain(() -> messageLog.append(new MessageLogRecord(Direction.IN, reply.mppCode(), agency,
                                "agency system " + agency, "callback from the agency's system",
                                reply.operation() == null ? "callback" : reply.operation(), reply.subjectId(),
                                reply.accepted() ? "ACCEPTED" : "REFUSED " + reply.status(),
                                new String(body, StandardCharsets.UTF_8),
                                remote == null ? Map.of() : Map.of("remoteAddress", remote))))
                        .replaceWith(reply)))
                .invoke(reply -> {
                    if (reply.accepted()) {
                        dispatcher.wake(); // e.g. a "passport ready" message to send
                    }
                });
    }

    private Uni<Void> publish(List<SinergiEvent> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(outbox::add)
                .collect().last().replaceWithVoid();
    }
}
