package id.go.mpp.sinergi.queue.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Your turn is near" (issue #20). A waiting ticket qualifies when at most {@code places} calls are before it
 * ({@link Trigger#PLACES}) or its estimated wait is at most {@code minutes} ({@link Trigger#WAIT}), both counted as
 * {@link QueuePosition} counts them for the position a citizen sees; a setting of 0 or none turns its trigger off.
 * Nobody qualifies while no counter serving the service is open: the line does not move then, and there is no wait
 * to estimate. Each ticket is told once (the store remembers it), so the rule only says who qualifies now.
 */
public final class TurnNear {

    /** The most places behind the head of a line a check looks at, whatever the settings and service times. */
    public static final int MAX_PLACES_LOOKED_AT = 500;

    public enum Trigger {
        PLACES,
        WAIT
    }

    /** A service's settings: {@code places} (N) and {@code minutes} (M); 0 or null turns one off. */
    public record Settings(Integer places, Integer minutes) {

        public static final int DEFAULT_PLACES = 3;
        public static final int DEFAULT_MINUTES = 10;
        public static final int MAX_PLACES = 50;
        public static final int MAX_MINUTES = 240;

        public boolean off() {
            return !on(places) && !on(minutes);
        }
    }

    /** A ticket that qualifies, where it stands and why. */
    public record Notice<T>(T ticket, int placesAhead, long estimatedWaitMinutes, Trigger trigger) {
    }

    private TurnNear() {
    }

    /** Why a ticket at {@code estimate}'s place qualifies (PLACES when both hold), or empty when it does not. */
    public static Optional<Trigger> of(Settings settings, QueuePosition.Estimate estimate) {
        Optional<Long> wait = estimate.estimatedWaitMinutes();
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        if (on(settings.places()) && estimate.ahead() <= settings.places()) {
            return Optional.of(Trigger.PLACES);
        }
        if (on(settings.minutes()) && wait.get() <= settings.minutes()) {
            return Optional.of(Trigger.WAIT);
        }
        return Optional.empty();
    }

    /**
     * The tickets of {@code callingOrder} (the first of a line, in the order the counters would call them) that
     * qualify. Places and waits only grow further back, so it stops at the first that does not.
     */
    public static <T> List<Notice<T>> qualifying(Settings settings, List<T> callingOrder, int openCounters,
                                                 Duration averageService) {
        List<Notice<T>> notices = new ArrayList<>();
        for (int ahead = 0; ahead < callingOrder.size(); ahead++) {
            QueuePosition.Estimate estimate = QueuePosition.estimate(ahead, openCounters, averageService);
            Optional<Trigger> trigger = of(settings, estimate);
            if (trigger.isEmpty()) {
                break;
            }
            notices.add(new Notice<>(callingOrder.get(ahead), ahead, estimate.estimatedWaitMinutes().orElseThrow(),
                    trigger.get()));
        }
        return notices;
    }

    private static boolean on(Integer setting) {
        return setting != null && setting > 0;
    }
}
