package id.go.mpp.sinergi.queue.domain.catalogue;

import java.util.Optional;

/**
 * Whether a walk-in ticket may be issued: the MPP must be open (working day, within hours, not a closed
 * day), the service active, and the day's walk-in share of its quota not used up.
 */
public final class WalkInRules {

    /** Why a walk-in ticket is refused. */
    public enum Refusal { CLOSED_DAY, NOT_A_WORKING_DAY, OUTSIDE_HOURS, SERVICE_INACTIVE, QUOTA_EXHAUSTED }

    private WalkInRules() {
    }

    /** Checked before a number is taken. */
    public static Optional<Refusal> beforeIssue(OpeningHours.Status status, boolean serviceActive) {
        return switch (status) {
            case CLOSED_DAY -> Optional.of(Refusal.CLOSED_DAY);
            case NOT_A_WORKING_DAY -> Optional.of(Refusal.NOT_A_WORKING_DAY);
            case OUTSIDE_HOURS -> Optional.of(Refusal.OUTSIDE_HOURS);
            case OPEN -> serviceActive ? Optional.empty() : Optional.of(Refusal.SERVICE_INACTIVE);
        };
    }

    /**
     * Checked with the day's walk-in count of the ticket's line (regular or priority) including the ticket being
     * issued, counted while the service-day is locked, so concurrent kiosks cannot overshoot.
     */
    public static Optional<Refusal> withinQuota(int walkInsIncludingThis, DailyQuota quota, boolean priority) {
        int share = priority ? quota.priority() : quota.regular();
        return walkInsIncludingThis > share ? Optional.of(Refusal.QUOTA_EXHAUSTED) : Optional.empty();
    }
}
