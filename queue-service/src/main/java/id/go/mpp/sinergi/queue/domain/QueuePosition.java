package id.go.mpp.sinergi.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A waiting ticket's position and estimated wait: the calls {@link CallingOrder} would make before it (replayed
 * over everyone waiting for the same service, from a counter with no history), and that many services of the
 * recent average length shared by the counters open for the service.
 */
public final class QueuePosition {

    /** {@code estimatedWait} is empty when no counter serving the service is open. */
    public record Estimate(int ahead, int openCounters, Duration averageService, Optional<Duration> estimatedWait) {
    }

    private QueuePosition() {
    }

    /** How many of {@code waiting} would be called before {@code target} (which must be among them). */
    public static <T> int ahead(List<CallingOrder.Candidate<T>> waiting, T target, Instant now,
                                CallingOrder.Weights weights) {
        List<CallingOrder.Candidate<T>> left = new ArrayList<>(waiting);
        left.sort(Comparator.comparing((CallingOrder.Candidate<T> c) -> c.queueSince())
                .thenComparing(CallingOrder.Candidate::issuedAt));
        List<QueueLine> recent = new ArrayList<>();
        int calls = 0;
        while (!left.isEmpty()) {
            List<CallingOrder.Candidate<T>> heads = new ArrayList<>();
            for (QueueLine line : QueueLine.values()) {
                left.stream().filter(c -> c.line() == line).findFirst().ifPresent(heads::add);
            }
            CallingOrder.Candidate<T> next = CallingOrder.next(heads, recent, now, weights).orElseThrow();
            if (next.ticket().equals(target)) {
                return calls;
            }
            left.remove(next);
            recent.add(0, next.line());
            calls++;
        }
        throw new IllegalArgumentException("target is not waiting");
    }

    public static Estimate estimate(int ahead, int openCounters, Duration averageService) {
        Optional<Duration> wait = openCounters == 0 ? Optional.empty()
                : Optional.of(Duration.ofSeconds((long) Math.ceil((double) ahead * averageService.toSeconds() / openCounters)));
        return new Estimate(ahead, openCounters, averageService, wait);
    }
}
