package id.go.mpp.sinergi.gateway.app.adapters;

import id.go.mpp.sinergi.adapter.spi.AdapterHealth;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows.Backlog;
import id.go.mpp.sinergi.gateway.store.requests.AgencyRequestRows.Row;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What operators see of the agency adapters, as an API and as metrics ({@code sinergi.adapter.*}, tagged by agency):
 * health, circuit breaker, backlog, oldest pending request, calls answered and failed; and the dead-letter list.
 */
@ApplicationScoped
public class AdapterOperations {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final AdapterRegistry registry;
    private final AgencyRequestRows rows;
    private final AgencyRequests requests;
    private final Clock clock;
    private final Map<String, Backlog> lastBacklog = new ConcurrentHashMap<>();

    public AdapterOperations(AdapterRegistry registry, AgencyRequestRows rows, AgencyRequests requests,
                             MeterRegistry meters, Clock clock) {
        this.registry = registry;
        this.rows = rows;
        this.requests = requests;
        this.clock = clock;
        for (Lane lane : registry.lanes()) {
            Tags tags = Tags.of("agency", lane.agencyCode());
            Gauge.builder("sinergi.adapter.in.flight", lane, Lane::inFlight).tags(tags)
                    .description("Calls to the agency in flight").register(meters);
            FunctionCounter.builder("sinergi.adapter.calls.answered", lane, Lane::answeredCount).tags(tags)
                    .description("Calls the agency answered").register(meters);
            FunctionCounter.builder("sinergi.adapter.calls.failed", lane, Lane::failedCount).tags(tags)
                    .description("Calls that failed (unreachable, timed out, unreadable, breaker open)")
                    .register(meters);
            Gauge.builder("sinergi.adapter.backlog", lastBacklog, b -> pending(b, lane.agencyCode())).tags(tags)
                    .description("Requests waiting to be sent or being sent").register(meters);
            Gauge.builder("sinergi.adapter.oldest.pending.seconds", lastBacklog,
                    b -> oldestAge(b, lane.agencyCode())).tags(tags)
                    .description("Age of the oldest request not answered yet").register(meters);
            Gauge.builder("sinergi.adapter.dead.letters", lastBacklog, b -> dead(b, lane.agencyCode())).tags(tags)
                    .description("Requests given up, waiting for an admin").register(meters);
        }
    }

    /** One adapter as operators see it. */
    public record AdapterStatus(String agencyCode, String system, boolean enabled, Set<String> reactsTo,
                                Set<String> operations, String health, String healthDetail, String circuitBreaker,
                                int inFlight, long backlog, Instant oldestPending, long deadLetters,
                                long callsAnswered, long callsFailed) {
    }

    /** A request given up, without its payload. */
    public record DeadLetter(UUID requestId, String agencyCode, String operation, String subjectId, String status,
                             int attempts, String lastError, Instant createdAt, Instant finishedAt) {
    }

    public Uni<List<AdapterStatus>> statuses() {
        return refreshBacklog().chain(backlog -> Multi.createFrom().iterable(registry.available().values())
                .onItem().transformToUniAndConcatenate(adapter -> status(adapter, backlog))
                .collect().asList());
    }

    /** Reads the backlog of every agency again (for the API and the gauges). */
    public Uni<Map<String, Backlog>> refreshBacklog() {
        return Panache.withSession(rows::backlog).map(list -> {
            Map<String, Backlog> byAgency = list.stream()
                    .collect(Collectors.toMap(Backlog::agencyCode, Function.identity()));
            lastBacklog.keySet().retainAll(byAgency.keySet());
            lastBacklog.putAll(byAgency);
            return byAgency;
        });
    }

    /** The MPP's requests given up, newest first (at most 100). */
    public Uni<List<DeadLetter>> deadLetters(String agency, String mppCode) {
        return Panache.withSession(() -> rows.deadLetters(agency, mppCode, 100))
                .map(list -> list.stream().map(AdapterOperations::deadLetter).toList());
    }

    /** An admin of the request's MPP sends it again; another MPP's request is unknown (404). */
    public Uni<DeadLetter> retry(UUID id, String mppCode, String admin) {
        return ofMpp(id, mppCode).chain(() -> requests.retry(id, admin)).chain(done -> after(id, done));
    }

    public Uni<DeadLetter> discard(UUID id, String mppCode, String admin) {
        return ofMpp(id, mppCode).chain(() -> requests.discard(id, admin)).chain(done -> after(id, done));
    }

    private Uni<Void> ofMpp(UUID id, String mppCode) {
        return Panache.withSession(() -> rows.find(id)).invoke(found -> {
            if (found.isEmpty() || mppCode == null || !mppCode.equals(found.get().mppCode())) {
                throw unknownRequest();
            }
        }).replaceWithVoid();
    }

    private static ProblemException unknownRequest() {
        return ProblemException.notFound("unknown-request", LocalizedText.of("Permintaan tidak ditemukan.",
                "No such request."));
    }

    private Uni<DeadLetter> after(UUID id, boolean done) {
        return Panache.withSession(() -> rows.find(id)).map(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("unknown-request", LocalizedText.of("Permintaan tidak ditemukan.",
                        "No such request."));
            }
            if (!done) {
                throw ProblemException.conflict("not-dead-lettered", LocalizedText.of(
                        "Permintaan ini tidak ada di daftar gagal (status %s).",
                        "This request is not in the dead-letter list (status %s).").formatted(found.get().status()));
            }
            return deadLetter(found.get());
        });
    }

    private Uni<AdapterStatus> status(AgencyAdapter adapter, Map<String, Backlog> backlog) {
        String agency = adapter.descriptor().agencyCode();
        var lane = registry.lane(agency);
        Backlog waiting = backlog.get(agency);
        Uni<AdapterHealth> health = lane.isEmpty()
                ? Uni.createFrom().item(AdapterHealth.unknown("not enabled"))
                : Uni.createFrom().item(adapter::probe).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .ifNoItem().after(PROBE_TIMEOUT).recoverWithItem(AdapterHealth.down("no answer in 2 s"))
                        .onFailure().recoverWithItem(failure -> AdapterHealth.down(failure.getClass().getSimpleName()));
        return health.map(probe -> new AdapterStatus(agency, adapter.descriptor().system(), lane.isPresent(),
                adapter.descriptor().reactsTo(), adapter.descriptor().operations(), probe.status().name(),
                probe.detail(), lane.map(l -> l.breakerState().name()).orElse(null),
                lane.map(Lane::inFlight).orElse(0), waiting == null ? 0 : waiting.pending(),
                waiting == null ? null : waiting.oldestPending(), waiting == null ? 0 : waiting.dead(),
                lane.map(Lane::answeredCount).orElse(0L), lane.map(Lane::failedCount).orElse(0L)));
    }

    private static double pending(Map<String, Backlog> backlog, String agency) {
        Backlog b = backlog.get(agency);
        return b == null ? 0 : b.pending();
    }

    private static double dead(Map<String, Backlog> backlog, String agency) {
        Backlog b = backlog.get(agency);
        return b == null ? 0 : b.dead();
    }

    private double oldestAge(Map<String, Backlog> backlog, String agency) {
        Backlog b = backlog.get(agency);
        if (b == null || b.oldestPending() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(b.oldestPending(), Timestamps.now(clock)).toMillis() / 1000.0);
    }

    private static DeadLetter deadLetter(Row row) {
        return new DeadLetter(row.id(), row.agencyCode(), row.operation(), row.subjectId(), row.status(),
                row.attempts(), row.lastError(), row.createdAt(), row.finishedAt());
    }
}
