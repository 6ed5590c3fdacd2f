package id.go.mpp.sinergi.standins;

import java.util.Random;

/**
 * The faults one system is told to show ({@code PUT /control/{system}/faults}) and the seeded random draws that
 * decide, request by request, whether it shows them. Every request draws the same three numbers whatever the
 * settings, so a single-threaded test sees the same sequence of outcomes on every run with the same seed.
 */
public final class Faults {

    /**
     * @param latencyMs       added to every answer
     * @param latencyJitterMs plus a uniform random 0..this
     * @param errorRate       fraction (0–1) answered with {@code errorStatus} in the system's own error style,
     *                        without doing anything
     * @param errorStatus     HTTP status of those answers (500 when 0 or absent; 500–599)
     * @param down            the system's listening socket is closed: connection refused
     * @param slowMs          added to every answer on top of the latency, without jitter (for timeout tests)
     * @param malformedRate   fraction (0–1) processed normally and then answered 200 with the body cut in half
     */
    public record Settings(long latencyMs, long latencyJitterMs, double errorRate, int errorStatus, boolean down,
                           long slowMs, double malformedRate) {

        public static final Settings NONE = new Settings(0, 0, 0, 500, false, 0, 0);

        public Settings {
            if (errorStatus == 0) {
                errorStatus = 500;
            }
            if (latencyMs < 0 || latencyJitterMs < 0 || slowMs < 0) {
                throw new IllegalArgumentException("latencyMs, latencyJitterMs and slowMs must not be negative");
            }
            if (!(errorRate >= 0 && errorRate <= 1) || !(malformedRate >= 0 && malformedRate <= 1)) {
                throw new IllegalArgumentException("errorRate and malformedRate must be between 0 and 1");
            }
            if (errorStatus < 500 || errorStatus > 599) {
                throw new IllegalArgumentException("errorStatus must be a 5xx status");
            }
        }

        public Settings withLatency(long ms, long jitterMs) {
            return new Settings(ms, jitterMs, errorRate, errorStatus, down, slowMs, malformedRate);
        }

        public Settings withErrorRate(double rate, int status) {
            return new Settings(latencyMs, latencyJitterMs, rate, status, down, slowMs, malformedRate);
        }

        public Settings withDown(boolean isDown) {
            return new Settings(latencyMs, latencyJitterMs, errorRate, errorStatus, isDown, slowMs, malformedRate);
        }

        public Settings withSlow(long ms) {
            return new Settings(latencyMs, latencyJitterMs, errorRate, errorStatus, down, ms, malformedRate);
        }

        public Settings withMalformedRate(double rate) {
            return new Settings(latencyMs, latencyJitterMs, errorRate, errorStatus, down, slowMs, rate);
        }
    }

    /** What happens to one request. */
    public record Decision(long delayMs, boolean error, int errorStatus, boolean malformed) {
    }

    private final Random random;
    private volatile Settings settings = Settings.NONE;

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    public Settings settings() {
        return settings;
    }

    void set(Settings s) {
        settings = s;
    }

    public Decision decide() {
        Settings s = settings;
        double e;
        double m;
        double j;
        synchronized (random) {
            e = random.nextDouble();
            m = random.nextDouble();
            j = random.nextDouble();
        }
        long jitter = s.latencyJitterMs() == 0 ? 0 : (long) Math.floor(j * (s.latencyJitterMs() + 1));
        boolean error = e < s.errorRate();
        return new Decision(s.latencyMs() + jitter + s.slowMs(), error, s.errorStatus(),
                !error && m < s.malformedRate());
    }
}
