package id.go.mpp.sinergi.complaint.domain;

/** An action that the complaint's status does not allow (a 409 for the caller). */
public class IllegalTransitionException extends RuntimeException {

    private final ComplaintStatus status;
    private final ComplaintAction action;

    public IllegalTransitionException(ComplaintStatus status, ComplaintAction action, String why) {
        super(action + " is not possible from " + status + (why == null ? "" : ": " + why));
        this.status = status;
        this.action = action;
    }

    /** The reporter may reopen only until 10 working days after the follow-up. */
    public static final class ReopenWindowClosed extends IllegalTransitionException {

        public ReopenWindowClosed(ComplaintStatus status) {
            super(status, ComplaintAction.REOPEN, "the window to reopen has passed");
        }
    }

    public ComplaintStatus status() {
        return status;
    }

    public ComplaintAction action() {
        return action;
    }
}
