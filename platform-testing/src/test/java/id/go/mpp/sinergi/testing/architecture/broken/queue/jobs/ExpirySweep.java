package id.go.mpp.sinergi.testing.architecture.broken.queue.jobs;

import java.time.Instant;

/** Breaks "only the time package reads the system clock": a sweep that asks the system, not a Clock. */
public class ExpirySweep {
    boolean expired(Instant expiresAt) {
        return expiresAt.isBefore(Instant.now());
    }
}
