package id.go.mpp.sinergi.queue.domain;

/**
 * Where a ticket is in its life. Each action is a transition; an action that does not fit the current
 * status throws {@link IllegalTransitionException} naming it.
 *
 * <pre>
 * WAITING --call--> CALLED --recall--> CALLED
 * PARKED  --call--> CALLED --no-show--> NO_SHOW
 * CALLED  --start--> SERVING
 * CALLED, SERVING --complete--> COMPLETED      (with an outcome; from CALLED the service starts at the call)
 * CALLED, SERVING --park--> PARKED             (set aside, e.g. to fetch a missing paper; called again later)
 * CALLED, SERVING, PARKED --transfer--> TRANSFERRED   (the visit goes on with a new ticket at another service)
 * PARKED --return--> WAITING                   (its counter closed)
 * CALLED --clear-priority--> WAITING           (the officer found no ground for the priority the citizen asked for)
 * </pre>
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    PARKED,
    COMPLETED,
    NO_SHOW,
    TRANSFERRED;

    public TicketStatus call() {
        if (this != WAITING && this != PARKED) {
            throw new IllegalTransitionException(this, "call");
        }
        return CALLED;
    }

    public TicketStatus recall() {
        return from("recall", CALLED, CALLED);
    }

    public TicketStatus noShow() {
        return from("no-show", NO_SHOW, CALLED);
    }

    public TicketStatus start() {
        return from("start", SERVING, CALLED);
    }

    public TicketStatus complete() {
        return from("complete", COMPLETED, CALLED, SERVING);
    }

    public TicketStatus park() {
        return from("park", PARKED, CALLED, SERVING);
    }

    public TicketStatus transfer() {
        return from("transfer", TRANSFERRED, CALLED, SERVING, PARKED);
    }

    public TicketStatus returnToQueue() {
        return from("return", WAITING, PARKED);
    }

    public TicketStatus clearPriority() {
        return from("clear-priority", WAITING, CALLED);
    }

    /** Whether the citizen still holds the ticket (not finished): one such walk-in per citizen and service-day. */
    public boolean isActive() {
        return !isFinal();
    }

    /** Whether the ticket occupies a counter (called or being served there). */
    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == NO_SHOW || this == TRANSFERRED;
    }

    private TicketStatus from(String action, TicketStatus to, TicketStatus... allowed) {
        for (TicketStatus status : allowed) {
            if (this == status) {
                return to;
            }
        }
        throw new IllegalTransitionException(this, action);
    }
}
