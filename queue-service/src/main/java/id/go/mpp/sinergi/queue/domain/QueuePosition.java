package id.go.mpp.sinergi.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A waiting ticket's position and estimated wait: the calls {@link CallingOrder} would make before it (replayed
 * over everyone waiting for the same service, from a counter with no history), and that many services of the
 * recent average length shared by the counters open for the service.
 */
public final class QueuePosition {

    /** {@code estimatedWait} is empty when no counter serving the service is open. */
    public record Estimate(int ahead, int openCounters, Duration averageService, Optional<Duration> estimatedWait) {

        /** The estimated wait in whole minutes, rounded up (what citizens are shown). */
        public Optional<Long> estimatedWaitMinutes() {
            return estimatedWait.map(wait -> (long) Math.ceil(wait.toSeconds() / 60.0));
        }
    }

    private QueuePosition() {
    }

    /** How many of {@code waiting} would be called before {@code target} (which must be among them). */
    public static <T> int ahead(List<CallingOrder.Candidate<T>> waiting, T target, Instant now,
                                CallingOrder.Weights weights) {
        List<T> order = replay(waiting, now, weights, waiting.size(), target);
        if (order.isEmpty() || !order.get(order.size() - 1).equals(target)) {
            throw new IllegalArgumentException("target is not waiting");
        }
        return order.size() - 1;
    }

    /** The first {@code calls} of {@code waiting} in the order the calls would take them (fewer if fewer wait). */
    public static <T> List<T> callingOrder(List<CallingOrder.Candidate<T>> waiting, Instant now,
                                           CallingOrder.Weights weights, int calls) {
        return replay(waiting, now, weights, calls, null);
    }

    /** Replays {@link CallingOrder} from a counter with no history, up to {@code calls} calls or {@code target}. */
    private static <T> List<T> replay(List<CallingOrder.Candidate<T>> waiting, Instant now,
                                      CallingOrder.Weights weights, int calls, T target) {
        List<CallingOrder.Candidate<T>> sorted = new ArrayList<>(waiting);
        sorted.sort(Comparator.comparing((CallingOrder.Candidate<T> c) -> c.queueSince())
                .thenComparing(CallingOrder.Candidate::issuedAt));
        Map<QueueLine, Deque<CallingOrder.Candidate<T>>> lines = new EnumMap<>(QueueLine.class);
        for (CallingOrder.Candidate<T> candidate : sorted) {
            lines.computeIfAbsent(candidate.line(), line -> new ArrayDeque<>()).add(candidate);
        }
        List<QueueLine> recent = new ArrayList<>();
        List<T> order = new ArrayList<>();
        while (order.size() < calls) {
            List<CallingOrder.Candidate<T>> heads = new ArrayList<>();
            lines.values().forEach(line -> {
                if (!line.isEmpty()) {
                    heads.add(line.peekFirst());
                }
            });
            if (heads.isEmpty()) {
                break;
            }
            CallingOrder.Candidate<T> next = CallingOrder.next(heads, recent, now, weights).orElseThrow();
            lines.get(next.line()).pollFirst();
            order.add(next.ticket());
            if (next.ticket().equals(target)) {
                break;
            }
            recent.add(0, next.line());
            if (recent.size() > weights.memory()) {
                recent.remove(recent.size() - 1);
            }
        }
        return order;
    }

    public static Estimate estimate(int ahead, int openCounters, Duration averageService) {
        Optional<Duration> wait = openCounters == 0 ? Optional.empty()
                : Optional.of(Duration.ofSeconds((long) Math.ceil((double) ahead * averageService.toSeconds() / openCounters)));
        return new Estimate(ahead, openCounters, averageService, wait);
    }
}
