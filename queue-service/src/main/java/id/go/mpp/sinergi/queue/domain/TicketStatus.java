package id.go.mpp.sinergi.queue.domain;

/**
 * Where a ticket is in its life. Each action is a transition; an action that does not fit the current
 * status throws {@link IllegalTransitionException} naming it.
 *
 * <pre>
 * WAITING --call--> CALLED --complete--> COMPLETED
 * </pre>
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    COMPLETED;

    public TicketStatus call() {
        return move(WAITING, CALLED, "call");
    }

    public TicketStatus complete() {
        return move(CALLED, COMPLETED, "complete");
    }

    private TicketStatus move(TicketStatus from, TicketStatus to, String action) {
        if (this != from) {
            throw new IllegalTransitionException(this, action);
        }
        return to;
    }
}
