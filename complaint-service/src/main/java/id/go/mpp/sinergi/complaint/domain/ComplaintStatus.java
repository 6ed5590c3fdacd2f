package id.go.mpp.sinergi.complaint.domain;

import java.util.EnumSet;
import java.util.Set;

/** The SP4N-LAPOR! stages a complaint goes through ({@link ComplaintLifecycle} says which step leads where). */
public enum ComplaintStatus {
    SUBMITTED,
    VERIFIED,
    REJECTED,
    DISPOSITIONED,
    IN_PROGRESS,
    RESPONDED,
    CLOSED,
    POSTPONED,
    ARCHIVED;

    private static final Set<ComplaintStatus> WITH_AGENCY = EnumSet.of(DISPOSITIONED, IN_PROGRESS, RESPONDED, CLOSED);
    private static final Set<ComplaintStatus> FINISHED = EnumSet.of(REJECTED, CLOSED, ARCHIVED);

    /** The complaint is in the hands of the agency it was dispositioned to (or was, and is closed). */
    public boolean withAgency() {
        return WITH_AGENCY.contains(this);
    }

    /** Nothing more happens unless the reporter reopens (CLOSED only). Open311's {@code closed}. */
    public boolean finished() {
        return FINISHED.contains(this);
    }

    /** The stage whose deadline runs while the complaint is in this status, if any. */
    public ComplaintStage runningStage() {
        return switch (this) {
            case SUBMITTED -> ComplaintStage.VERIFICATION;
            case VERIFIED -> ComplaintStage.DISPOSITION;
            case DISPOSITIONED, IN_PROGRESS -> ComplaintStage.FOLLOW_UP;
            case RESPONDED -> ComplaintStage.AUTO_CLOSE;
            case REJECTED, CLOSED, POSTPONED, ARCHIVED -> null;
        };
    }
}
