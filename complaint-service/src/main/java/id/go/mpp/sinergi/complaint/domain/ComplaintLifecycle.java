package id.go.mpp.sinergi.complaint.domain;

import java.time.Instant;

import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.ARCHIVED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.CLOSED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.DISPOSITIONED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.IN_PROGRESS;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.POSTPONED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.REJECTED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.RESPONDED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.SUBMITTED;
import static id.go.mpp.sinergi.complaint.domain.ComplaintStatus.VERIFIED;

/**
 * The SP4N-LAPOR! stages as a state machine:
 * SUBMITTED → VERIFIED | REJECTED; VERIFIED → DISPOSITIONED → IN_PROGRESS → RESPONDED → CLOSED;
 * DISPOSITIONED/IN_PROGRESS → VERIFIED ("bukan wewenang", re-triage); RESPONDED/CLOSED → DISPOSITIONED (reopen,
 * within the window); SUBMITTED/VERIFIED → POSTPONED → back where it was; SUBMITTED/VERIFIED/POSTPONED → ARCHIVED.
 */
public final class ComplaintLifecycle {

    private ComplaintLifecycle() {
    }

    /**
     * Where the complaint is a moment before the action: its status, where a postponed complaint came from, and
     * until when the reporter may reopen it (set when the agency responds).
     */
    public record State(ComplaintStatus status, ComplaintStatus postponedFrom, Instant reopenUntil) {
    }

    /** The status after {@code action}, or {@link IllegalTransitionException} when the state does not allow it. */
    public static ComplaintStatus next(State state, ComplaintAction action, Instant now) {
        ComplaintStatus from = state.status();
        ComplaintStatus to = switch (action) {
            case VERIFY -> from == SUBMITTED ? VERIFIED : null;
            case REJECT -> from == SUBMITTED ? REJECTED : null;
            case DISPOSITION -> from == VERIFIED ? DISPOSITIONED : null;
            case START -> from == DISPOSITIONED ? IN_PROGRESS : null;
            case RESPOND -> from == DISPOSITIONED || from == IN_PROGRESS ? RESPONDED : null;
            case NOT_OUR_AUTHORITY -> from == DISPOSITIONED || from == IN_PROGRESS ? VERIFIED : null;
            case CONFIRM -> from == RESPONDED ? CLOSED : null;
            case AUTO_CLOSE -> from == RESPONDED ? CLOSED : null;
            case REOPEN -> reopen(state, now);
            case POSTPONE -> from == SUBMITTED || from == VERIFIED ? POSTPONED : null;
            case RESUME -> from == POSTPONED ? resumeTo(state) : null;
            case ARCHIVE -> from == SUBMITTED || from == VERIFIED || from == POSTPONED ? ARCHIVED : null;
        };
        if (to == null) {
            throw new IllegalTransitionException(from, action, null);
        }
        return to;
    }

    private static ComplaintStatus reopen(State state, Instant now) {
        if (state.status() != RESPONDED && state.status() != CLOSED) {
            return null;
        }
        if (state.reopenUntil() == null || !now.isBefore(state.reopenUntil())) {
            throw new IllegalTransitionException.ReopenWindowClosed(state.status());
        }
        return DISPOSITIONED;
    }

    private static ComplaintStatus resumeTo(State state) {
        ComplaintStatus back = state.postponedFrom();
        return back == SUBMITTED || back == VERIFIED ? back : SUBMITTED;
    }
}
