package id.go.mpp.sinergi.survey.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who is invited to the IKM survey: whoever was served at a ticket step (PermenPANRB 14/2017 asks users who received
 * the service) and can be reached — by their account, or by the survey code printed on their ticket. One response
 * per ticket step.
 */
public final class InvitationPolicy {

    private final Duration validity;

    public InvitationPolicy(Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("invitation validity must be positive");
        }
        this.validity = validity;
    }

    /** The outcome of a ticket step whose visitor received the service. */
    public static final String SERVED = "SERVED";

    /** True when a served ticket step can be answered: by an account, or by the ticket's survey code. */
    public boolean invites(String citizenId, String surveyCodeHash) {
        return citizenId != null && !citizenId.isBlank() || surveyCodeHash != null && !surveyCodeHash.isBlank();
    }

    public Instant expiresAt(Instant completedAt) {
        return completedAt.plus(validity);
    }

    /** An invitation may be answered up to and including its expiry instant. */
    public static boolean hasExpired(Instant expiresAt, Instant now) {
        return expiresAt.isBefore(now);
    }
}
