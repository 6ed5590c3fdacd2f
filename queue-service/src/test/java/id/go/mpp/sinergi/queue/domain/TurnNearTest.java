package id.go.mpp.sinergi.queue.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TurnNearTest {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    static final List<String> LINE = List.of("A-001", "A-002", "A-003", "A-004", "A-005", "A-006");

    @Test
    void withThreePlacesTheFirstFourOfTheLineQualifyByPlaces() {
        var settings = new TurnNear.Settings(3, 0);
        assertThat(TurnNear.qualifying(settings, LINE, 1, FIFTEEN_MINUTES))
                .extracting(TurnNear.Notice::ticket, TurnNear.Notice::placesAhead, TurnNear.Notice::trigger)
                .containsExactly(
                        tuple("A-001", 0, TurnNear.Trigger.PLACES),
                        tuple("A-002", 1, TurnNear.Trigger.PLACES),
                        tuple("A-003", 2, TurnNear.Trigger.PLACES),
                        tuple("A-004", 3, TurnNear.Trigger.PLACES));
    }

    @Test
    void withThirtyMinutesAndFifteenMinuteServicesAtTwoCountersFourPlacesQualifyByWait() {
        var settings = new TurnNear.Settings(0, 30);
        // places ahead 0..5 at 2 counters: 0, 8, 15, 23, 30, 38 minutes
        assertThat(TurnNear.qualifying(settings, LINE, 2, FIFTEEN_MINUTES))
                .extracting(TurnNear.Notice::placesAhead, TurnNear.Notice::estimatedWaitMinutes, TurnNear.Notice::trigger)
                .containsExactly(
                        tuple(0, 0L, TurnNear.Trigger.WAIT),
                        tuple(1, 8L, TurnNear.Trigger.WAIT),
                        tuple(2, 15L, TurnNear.Trigger.WAIT),
                        tuple(3, 23L, TurnNear.Trigger.WAIT),
                        tuple(4, 30L, TurnNear.Trigger.WAIT));
    }

    @Test
    void whenBothHoldTheTriggerIsPlacesAndTheWaitReachesFurther() {
        var settings = new TurnNear.Settings(1, 30);
        assertThat(TurnNear.qualifying(settings, LINE, 1, FIFTEEN_MINUTES))
                .extracting(TurnNear.Notice::trigger)
                .containsExactly(TurnNear.Trigger.PLACES, TurnNear.Trigger.PLACES, TurnNear.Trigger.WAIT);
    }

    @Test
    void zeroOrNoSettingTurnsATriggerOff() {
        assertThat(TurnNear.qualifying(new TurnNear.Settings(0, 0), LINE, 1, FIFTEEN_MINUTES)).isEmpty();
        assertThat(TurnNear.qualifying(new TurnNear.Settings(null, null), LINE, 1, FIFTEEN_MINUTES)).isEmpty();
        assertThat(new TurnNear.Settings(0, null).off()).isTrue();
        assertThat(new TurnNear.Settings(null, 5).off()).isFalse();
        // The wait trigger alone, places off: the head waits 0 minutes, the next one 15.
        assertThat(TurnNear.qualifying(new TurnNear.Settings(null, 10), LINE, 1, FIFTEEN_MINUTES))
                .extracting(TurnNear.Notice::ticket).containsExactly("A-001");
        // The places trigger alone, wait off.
        assertThat(TurnNear.qualifying(new TurnNear.Settings(1, null), LINE, 1, FIFTEEN_MINUTES))
                .extracting(TurnNear.Notice::ticket).containsExactly("A-001", "A-002");
    }

    @Test
    void nobodyQualifiesWhileNoCounterServingTheServiceIsOpen() {
        assertThat(TurnNear.qualifying(new TurnNear.Settings(3, 10), LINE, 0, FIFTEEN_MINUTES)).isEmpty();
        assertThat(TurnNear.of(new TurnNear.Settings(3, 10), QueuePosition.estimate(0, 0, FIFTEEN_MINUTES))).isEmpty();
    }

    @Test
    void instantServicesPutEveryoneWithinTheWait() {
        assertThat(TurnNear.qualifying(new TurnNear.Settings(0, 1), LINE, 1, Duration.ZERO)).hasSize(LINE.size());
    }

    @Test
    void theCallingOrderIsTheOrderThePositionsCountSoTheEventSaysWhatTheCitizenSees() {
        List<CallingOrder.Candidate<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waiting.add(new CallingOrder.Candidate<>("R-" + i, QueueLine.REGULAR, NOW.minusSeconds(1000 - i),
                    NOW.minusSeconds(1000 - i)));
        }
        for (int i = 0; i < 4; i++) {
            waiting.add(new CallingOrder.Candidate<>("P-" + i, QueueLine.PRIORITY, NOW.minusSeconds(500 - i),
                    NOW.minusSeconds(500 - i)));
        }
        waiting.add(new CallingOrder.Candidate<>("APP-LATER", QueueLine.APPOINTMENT, NOW.plusSeconds(3600),
                NOW.minusSeconds(10)));
        List<String> order = QueuePosition.callingOrder(waiting, NOW, CallingOrder.Weights.DEFAULT, waiting.size());
        assertThat(order).hasSize(waiting.size()).startsWith("P-0", "R-0", "P-1", "P-2", "R-1", "P-3")
                .endsWith("APP-LATER");
        for (int place = 0; place < order.size(); place++) {
            assertThat(QueuePosition.ahead(waiting, order.get(place), NOW, CallingOrder.Weights.DEFAULT))
                    .as(order.get(place)).isEqualTo(place);
        }
        assertThat(QueuePosition.callingOrder(waiting, NOW, CallingOrder.Weights.DEFAULT, 4))
                .containsExactly("P-0", "R-0", "P-1", "P-2");
    }
}
