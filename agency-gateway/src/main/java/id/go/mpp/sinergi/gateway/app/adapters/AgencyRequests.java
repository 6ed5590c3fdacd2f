package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.gateway.app.JsonColumns;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.core.privacy.Masking;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.agency.AgencyRequestDeadLettered;
import id.go.mpp.sinergi.gateway.app.messagelog.MessageLog;
import id.go.mpp.sinergi.gateway.domain.messagelog.Direction;
import id.go.mpp.sinergi.gateway.domain.messagelog.MessageLogRecord;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows.Row;
import id.go.mpp.sinergi.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The life of a request to an agency system: persisted with what caused it, answered (its events through the outbox,
 * an entry in the message log, the payload erased), rescheduled with backoff, or given up to the dead-letter list that
 * an admin retries or discards.
 */
@ApplicationScoped
public class AgencyRequests {

    private final AgencyRequestRows rows;
    private final Outbox outbox;
    private final MessageLog messageLog;
    private final ReplyEffects effects;
    private final JsonColumns json;
    private final Clock clock;

    public AgencyRequests(AgencyRequestRows rows, Outbox outbox, MessageLog messageLog, ReplyEffects effects,
                          JsonColumns json, Clock clock) {
        this.rows = rows;
        this.outbox = outbox;
        this.messageLog = messageLog;
        this.effects = effects;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Persists {@code request} for {@code agencyCode} in the caller's transaction, unless the same agency already has
     * one with its idempotency key. Returns the request's id (the existing one's for a repeat).
     */
    public Uni<UUID> enqueue(String agencyCode, AgencyRequest request, String requestedBy, UUID id) {
        Instant now = Timestamps.now(clock);
        return rows.insert(id, agencyCode, request.operation(), request.idempotencyKey(), request.subjectId(),
                request.mppCode(), request.purpose(), json.write(request.payload()), requestedBy, now).replaceWith(id);
    }

    /** The request as the adapter sees it again, from its row. */
    public AgencyRequest toRequest(Row row) {
        return new AgencyRequest(row.operation(), row.idempotencyKey(), row.subjectId(), row.mppCode(), row.purpose(),
                row.payload() == null ? Map.of() : json.strings(row.payload()));
    }

    /** The agency answered {@code row} with {@code reply}: record it in one transaction. */
    public Uni<Void> recordReply(Lane lane, Row row, AgencyReply reply) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> switch (reply.outcome()) {
            case DONE, ASK_CITIZEN, REFUSED -> rows.answered(row.id(), reply.outcome().name(), reply.code(),
                            Masking.personalDataIn(reply.message()), json.write(reply.attributes()), now)
                    .chain(changed -> changed
                            ? publish(reply.events())
                                    .chain(() -> effects.answered(row, reply))
                                    .chain(() -> log(row, reply.outcome().name(), reply.code(), reply.attributes()))
                            : Uni.createFrom().voidItem());
            case RETRY_LATER -> rows.reschedule(row.id(),
                            reply.notBefore() != null ? reply.notBefore() : lane.backoff(now, row.attempts()),
                            describe(reply))
                    .replaceWithVoid();
            case GIVE_UP -> giveUp(row, describe(reply), now);
        });
    }

    /** The call failed (unreachable, timed out, unreadable answer): try again later, or give up after too many. */
    public Uni<Void> recordFailure(Lane lane, Row row, Throwable failure) {
        Instant now = Timestamps.now(clock);
        String error = Masking.personalDataIn(failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        boolean turnedAway = failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException;
        return Panache.withTransaction(() -> {
            if (turnedAway) {
                // never reached the agency: not an attempt; the lane pauses until the breaker lets a probe through
                return rows.reschedule(row.id(), now.plus(lane.breakerDelay()), error).replaceWithVoid();
            }
            if (row.attempts() >= lane.config().maxAttempts()) {
                return giveUp(row, error, now);
            }
            return rows.reschedule(row.id(), lane.backoff(now, row.attempts()), error).replaceWithVoid();
        });
    }

    /** An admin sends a dead-lettered request again (from its first attempt). False if it is not dead-lettered. */
    public Uni<Boolean> retry(UUID id, String admin) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> rows.find(id).chain(found -> {
            if (found.isEmpty() || !"DEAD".equals(found.get().status())) {
                return Uni.createFrom().item(false);
            }
            Row row = found.get();
            return rows.retryDead(id, now)
                    .chain(() -> effects.retried(row))
                    .chain(() -> messageLog.append(new MessageLogRecord(Direction.OUT, row.mppCode(), row.agencyCode(),
                            admin, "dead letter retried by the MPP admin", row.operation(), row.subjectId(), "RETRIED",
                            null, Map.of("requestId", row.id().toString()))))
                    .replaceWith(true);
        }));
    }

    /** An admin gives a dead-lettered request up for good; its payload is erased. */
    public Uni<Boolean> discard(UUID id, String admin) {
        Instant now = Timestamps.now(clock);
        return Panache.withTransaction(() -> rows.find(id).chain(found -> {
            if (found.isEmpty() || !"DEAD".equals(found.get().status())) {
                return Uni.createFrom().item(false);
            }
            Row row = found.get();
            return rows.discardDead(id, now)
                    .chain(() -> messageLog.append(new MessageLogRecord(Direction.OUT, row.mppCode(), row.agencyCode(),
                            admin, "dead letter discarded by the MPP admin", row.operation(), row.subjectId(),
                            "DISCARDED", null, Map.of("requestId", row.id().toString()))))
                    .replaceWith(true);
        }));
    }

    private Uni<Void> giveUp(Row row, String error, Instant now) {
        return rows.dead(row.id(), error, now).chain(changed -> changed
                ? outbox.add(new AgencyRequestDeadLettered(row.id().toString(), row.subjectId(), row.mppCode(),
                                row.agencyCode(), row.operation(), row.attempts(), error, now))
                        .chain(() -> effects.deadLettered(row))
                        .chain(() -> log(row, "DEAD", null, Map.of("lastError", error)))
                : Uni.createFrom().voidItem());
    }

    private Uni<Void> publish(List<SinergiEvent> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(outbox::add)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> log(Row row, String outcome, String code, Map<String, String> attributes) {
        Map<String, String> details = new LinkedHashMap<>(attributes);
        details.put("requestId", row.id().toString());
        details.put("attempts", Integer.toString(row.attempts()));
        if (code != null) {
            details.put("code", code);
        }
        return messageLog.append(new MessageLogRecord(Direction.OUT, row.mppCode(), row.agencyCode(),
                row.requestedBy(), row.purpose(), row.operation(), row.subjectId(), outcome, row.payload(), details));
    }

    private static String describe(AgencyReply reply) {
        return Masking.personalDataIn(reply.outcome() + (reply.code() == null ? "" : " " + reply.code())
                + (reply.message() == null ? "" : ": " + reply.message()));
    }
}
