package id.go.mpp.sinergi.queue.app.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit as one journey: every step (ticket) in order. {@code finished}: no step waits or is at a counter. */
public record JourneyView(UUID visitId, String mppCode, Instant arrivedAt, boolean finished, List<Step> steps) {

    /** One step of the journey. */
    public record Step(int step, UUID ticketId, String number, String agencyCode, String serviceCode,
                       String counterCode, String counterName, String status, String outcome, Instant issuedAt,
                       Instant calledAt, Instant serviceStartedAt, Instant completedAt, long waitingSeconds,
                       String transferNote) {
    }
}
