package id.go.mpp.sinergi.standins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one system, shown by {@code GET /control/{system}}; {@code POST /control/reset} zeroes them. */
public final class Stats {

    public static final String REQUESTS = "requests";
    public static final String ERRORS_INJECTED = "errorsInjected";
    public static final String MALFORMED_INJECTED = "malformedInjected";
    public static final String CALLBACKS_SENT = "callbacksSent";
    public static final String CALLBACKS_FAILED = "callbacksFailed";
    public static final String CALLBACK_ATTEMPTS_FAILED = "callbackAttemptsFailed";

    private final Map<String, AtomicLong> counters = new LinkedHashMap<>();

    public Stats(String... keys) {
        counter(REQUESTS);
        counter(ERRORS_INJECTED);
        counter(MALFORMED_INJECTED);
        for (String k : keys) {
            counter(k);
        }
    }

    /** The counter of that name, created at 0 if it is new. */
    public synchronized AtomicLong counter(String key) {
        return counters.computeIfAbsent(key, k -> new AtomicLong());
    }

    public void increment(String key) {
        counter(key).incrementAndGet();
    }

    public long get(String key) {
        return counter(key).get();
    }

    public synchronized Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public synchronized void reset() {
        counters.values().forEach(c -> c.set(0));
    }
}
