package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.events.Topics;
import id.go.mpp.sinergi.events.SinergiEvent;
import id.go.mpp.sinergi.events.survey.SurveyResponseSubmitted;
import id.go.mpp.sinergi.survey.app.ServedStep;
import id.go.mpp.sinergi.survey.domain.questionnaire.ProfileChoice;
import id.go.mpp.sinergi.survey.messaging.replay.TopicHistory;
import id.go.mpp.sinergi.survey.store.ikm.IkmColumns;
import id.go.mpp.sinergi.survey.store.ikm.IkmRebuildSql;
import id.go.mpp.sinergi.survey.store.ikm.IkmRebuildSql.DayKey;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the IKM read models from the Kafka history alone: survey-service's responses
 * ({@code survey-response-submitted}) and the served ticket steps ({@code ticket-completed}, {@code ticket-transferred}), replayed from the start of
 * their topics (kept whole: {@link Topics#HISTORY_KEPT}) through the same functions the live projections apply, and
 * swapped in atomically.
 *
 * <p>While it runs it holds the aggregates' lock: the live projections wait (responses are still taken; the figures
 * catch up after). An event counts when the live projection has applied it (its id committed in
 * {@code processed_event}): those that arrive during the rebuild are then applied once, after the swap, by the
 * projection itself. One rebuild at a time per instance.
 */
@ApplicationScoped
public class IkmRebuild {

    private static final Logger LOG = Logger.getLogger(IkmRebuild.class);
    private static final int BATCH = 5_000;

    /** Where a rebuild stands. */
    public enum State { RUNNING, DONE, FAILED }

    /**
     * The latest rebuild of this instance.
     *
     * @param recordsRead   records read from both topics, of any type
     * @param responses     responses applied; {@code served}: served ticket steps applied
     * @param changedRows   rows of the read models that differ from those replaced (0: the same figures)
     */
    public record Status(State state, Instant startedAt, Instant finishedAt, long recordsRead, long responses,
                         long served, double seconds, long eventsPerSecond, Long changedRows, String error) {
    }

    private final Clock clock;
    private final TopicHistory history;
    private final IkmRebuildSql sql;
    private final AtomicReference<Status> latest = new AtomicReference<>();

    public IkmRebuild(Clock clock, TopicHistory history, IkmRebuildSql sql) {
        this.clock = clock;
        this.history = history;
        this.sql = sql;
    }

    /** Starts a rebuild on a worker thread; 409 while one runs. */
    public Status start() {
        Status running = new Status(State.RUNNING, Timestamps.now(clock), null, 0, 0, 0, 0, 0, null, null);
        Status before = latest.get();
        if (before != null && before.state() == State.RUNNING || !latest.compareAndSet(before, running)) {
            throw ProblemException.conflict("ikm-rebuild-running", LocalizedText.of(
                    "Pembangunan ulang IKM sedang berjalan", "An IKM rebuild is already running"));
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> latest.set(run(running.startedAt())));
        return running;
    }

    /** The latest rebuild's status, or null when none ran since this instance started. */
    public Status latest() {
        return latest.get();
    }

    /** Runs a rebuild on the calling (worker) thread. */
    public Status run(Instant startedAt) {
        long start = System.nanoTime();
        try (Connection tx = sql.lockedTransaction()) {
            try {
                List<String> before = sql.snapshot(tx);
                Map<DayKey, long[]> days = new HashMap<>();
                Map<DayKey, Long> served = new HashMap<>();
                Set<String> seen = new HashSet<>();
                Counter responses = new Counter();
                Counter servedSteps = new Counter();
                long read = history.replay(Topics.SURVEY_EVENTS, Set.of(SurveyResponseSubmitted.class), BATCH,
                        batch -> applied(tx, IkmProjection.CONSUMER, batch, seen, responses).forEach(e ->
                                addResponse((SurveyResponseSubmitted) e, days)));
                read += history.replay(Topics.QUEUE_VISITS, ServedStep.EVENTS, BATCH,
                        batch -> applied(tx, IkmProjection.VISITS_CONSUMER, batch, seen, null).forEach(e ->
                                ServedStep.of((SinergiEvent) e).ifPresent(step -> {
                                    servedSteps.count++;
                                    served.merge(new DayKey(step.unit().mpp(), step.unit().agency(),
                                            step.unit().service(), step.day()), 1L, Long::sum);
                                })));
                sql.replace(tx, days, served);
                List<String> after = sql.snapshot(tx);
                tx.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                Status done = new Status(State.DONE, startedAt, Timestamps.now(clock), read, responses.count,
                        servedSteps.count, seconds, Math.round(read / Math.max(seconds, 1e-3)),
                        changed(before, after), null);
                LOG.infof("IKM rebuild: %d records in %.1f s (%d/s), %d responses and %d served steps applied, %d rows"
                        + " changed", read, seconds, done.eventsPerSecond(), responses.count, servedSteps.count,
                        done.changedRows());
                return done;
            } catch (RuntimeException | SQLException e) {
                tx.rollback();
                throw e;
            }
        } catch (RuntimeException | SQLException e) {
            LOG.error("IKM rebuild failed; the read models are unchanged", e);
            return new Status(State.FAILED, startedAt, Timestamps.now(clock), 0, 0, 0,
                    (System.nanoTime() - start) / 1e9, 0, null, e.toString());
        }
    }

    /**
     * The events of {@code batch} that {@code consumer} applied, each once ({@code seen}: the ids taken so far; a
     * record the relay published twice counts once).
     */
    private List<Object> applied(Connection tx, String consumer, List<TopicHistory.Replayed> batch, Set<String> seen,
                                 Counter counter) {
        Map<String, Object> byId = new HashMap<>();
        for (TopicHistory.Replayed r : batch) {
            byId.putIfAbsent(r.eventId(), r.event());
        }
        try {
            Set<String> applied = sql.processed(tx, consumer, new ArrayList<>(byId.keySet()));
            List<Object> events = new ArrayList<>(applied.size());
            for (String id : applied) {
                if (seen.add(id)) {
                    events.add(byId.get(id));
                }
            }
            if (counter != null) {
                counter.count += events.size();
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a response to its day's counters, as the projection's {@code IkmAggregates.addResponse} does. */
    private static void addResponse(SurveyResponseSubmitted r, Map<DayKey, long[]> days) {
        DayKey key = new DayKey(r.mppCode(), r.agencyCode(), r.serviceCode(), r.serviceDate());
        long[] counters = days.computeIfAbsent(key, k -> new long[IkmColumns.COUNT]);
        counters[0]++;
        short[] answers = IkmProjection.answers(r);
        for (int i = 0; i < answers.length; i++) {
            counters[IkmColumns.FIRST_UNSUR + i] += answers[i];
        }
        for (ProfileChoice choice : IkmProjection.profile(r)) {
            counters[IkmColumns.indexOf(choice)]++;
        }
    }

    private static long changed(List<String> before, List<String> after) {
        Set<String> a = new HashSet<>(before);
        Set<String> b = new HashSet<>(after);
        long changed = before.stream().filter(r -> !b.contains(r)).count();
        return changed + after.stream().filter(r -> !a.contains(r)).count();
    }

    private static final class Counter {
        long count;
    }
}
