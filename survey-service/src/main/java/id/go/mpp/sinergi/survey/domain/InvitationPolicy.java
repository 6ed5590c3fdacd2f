package id.go.mpp.sinergi.survey.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who is invited to the IKM survey: a citizen with an account whose visit ended with the service given.
 * One response per served visit (PermenPANRB 14/2017 asks users who received the service).
 */
public final class InvitationPolicy {

    private final Duration validity;

    public InvitationPolicy(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("invitation validity must be positive");
        }
        this.validity = validity;
    }

    /** True when the completed visit earns an invitation. */
    public boolean invites(String outcome, String citizenId) {
        return "SERVED".equals(outcome) && citizenId != null && !citizenId.isBlank();
    }

    public Instant expiresAt(Instant completedAt) {
        return completedAt.plus(validity);
    }

    /** An invitation may be answered up to and including its expiry instant. */
    public static boolean hasExpired(Instant expiresAt, Instant now) {
        return expiresAt.isBefore(now);
    }
}
