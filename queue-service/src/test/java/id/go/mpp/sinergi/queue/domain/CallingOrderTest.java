package id.go.mpp.sinergi.queue.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallingOrderTest {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void withAllThreeLinesFullEveryFiveCallsIncludeARegularTicketAndSharesFollowTheWeights() {
        List<QueueLine> calls = simulate(List.of(QueueLine.PRIORITY, QueueLine.APPOINTMENT, QueueLine.REGULAR), 100);
        for (int i = 0; i + 5 <= calls.size(); i++) {
            assertThat(calls.subList(i, i + 5)).as("calls %d–%d", i, i + 4).contains(QueueLine.REGULAR);
        }
        Map<QueueLine, Long> counts = count(calls);
        assertThat(counts.get(QueueLine.PRIORITY)).isBetween(38L, 42L);
        assertThat(counts.get(QueueLine.APPOINTMENT)).isBetween(38L, 42L);
        assertThat(counts.get(QueueLine.REGULAR)).isBetween(18L, 22L);
        assertThat(calls.get(0)).isEqualTo(QueueLine.PRIORITY);
    }

    @Test
    void priorityAgainstRegularAloneIsTwoToOneAndRegularWaitsAtMostTwoCalls() {
        List<QueueLine> calls = simulate(List.of(QueueLine.PRIORITY, QueueLine.REGULAR), 60);
        for (int i = 0; i + 3 <= calls.size(); i++) {
            assertThat(calls.subList(i, i + 3)).contains(QueueLine.REGULAR);
        }
        assertThat(count(calls).get(QueueLine.PRIORITY)).isEqualTo(40L);
    }

    @Test
    void aSingleNonEmptyLineIsServedInArrivalOrder() {
        var first = new CallingOrder.Candidate<>("A-001", QueueLine.REGULAR, NOW.minusSeconds(600), NOW.minusSeconds(600));
        var transferred = new CallingOrder.Candidate<>("B-007", QueueLine.REGULAR, NOW.minusSeconds(900), NOW.minusSeconds(60));
        assertThat(CallingOrder.next(List.of(first, transferred), List.of(), NOW, CallingOrder.Weights.DEFAULT))
                .get().extracting(CallingOrder.Candidate::ticket).isEqualTo("B-007");
    }

    @Test
    void anAppointmentThatIsNotDueWaitsUnlessNoOneElseIs() {
        var early = new CallingOrder.Candidate<>("APP", QueueLine.APPOINTMENT, NOW.plusSeconds(1200), NOW.minusSeconds(60));
        var walkIn = new CallingOrder.Candidate<>("WALK", QueueLine.REGULAR, NOW.minusSeconds(60), NOW.minusSeconds(60));
        assertThat(CallingOrder.next(List.of(early, walkIn), List.of(), NOW, CallingOrder.Weights.DEFAULT))
                .get().extracting(CallingOrder.Candidate::ticket).isEqualTo("WALK");
        assertThat(CallingOrder.next(List.of(early), List.of(), NOW, CallingOrder.Weights.DEFAULT))
                .get().extracting(CallingOrder.Candidate::ticket).isEqualTo("APP");
        assertThat(CallingOrder.next(List.<CallingOrder.Candidate<String>>of(), List.of(), NOW, CallingOrder.Weights.DEFAULT))
                .isEmpty();
    }

    @Test
    void aDueAppointmentGoesBeforeTheRegularLineWhenTheCounterHasJustServedRegulars() {
        var due = new CallingOrder.Candidate<>("APP", QueueLine.APPOINTMENT, NOW.minusSeconds(60), NOW.minusSeconds(600));
        var walkIn = new CallingOrder.Candidate<>("WALK", QueueLine.REGULAR, NOW.minusSeconds(3600), NOW.minusSeconds(3600));
        assertThat(CallingOrder.next(List.of(due, walkIn), List.of(QueueLine.REGULAR), NOW, CallingOrder.Weights.DEFAULT))
                .get().extracting(CallingOrder.Candidate::ticket).isEqualTo("APP");
    }

    /** Lines that never run empty, called {@code calls} times. */
    private static List<QueueLine> simulate(List<QueueLine> lines, int calls) {
        LinkedList<QueueLine> recent = new LinkedList<>();
        List<QueueLine> made = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            List<CallingOrder.Candidate<QueueLine>> heads = new ArrayList<>();
            for (QueueLine line : lines) {
                heads.add(new CallingOrder.Candidate<>(line, line, NOW.minusSeconds(60), NOW.minusSeconds(60)));
            }
            QueueLine called = CallingOrder.next(heads, recent, NOW, CallingOrder.Weights.DEFAULT).orElseThrow().ticket();
            made.add(called);
            recent.addFirst(called);
        }
        return made;
    }

    private static Map<QueueLine, Long> count(List<QueueLine> calls) {
        Map<QueueLine, Long> counts = new EnumMap<>(QueueLine.class);
        calls.forEach(line -> counts.merge(line, 1L, Long::sum));
        return counts;
    }
}
